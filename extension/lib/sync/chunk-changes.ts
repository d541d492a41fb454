import type { Change } from '../../../shared/register';
import {
  changeSchema,
  jsonByteLength,
  MAX_BODY_BYTES,
  MAX_CHANGES_PER_SYNC,
} from '../../../shared/sync-protocol';

/** Room left in a request body for the cursor and the JSON around the changes. */
const BODY_OVERHEAD_BYTES = 4096;

/** A change the server would refuse, held back (and kept) instead of blocking every sync. */
export interface RefusedChange {
  change: Change;
  reason: string;
}

/** Splits queued changes into those the server accepts and those it would refuse, and why. */
export function checkChanges(changes: readonly Change[]): {
  sendable: Change[];
  refused: RefusedChange[];
} {
  const sendable: Change[] = [];
  const refused: RefusedChange[] = [];
  for (const change of changes) {
    const parsed = changeSchema.safeParse(change);
    if (parsed.success) sendable.push(change);
    else refused.push({ change, reason: parsed.error.issues[0]?.message ?? 'not a valid change' });
  }
  return { sendable, refused };
}

/**
 * Requests of at most 1,000 changes and 1 MiB each, in the order given. Every change fits on
 * its own: a value is at most 64 KiB and a key 256 characters.
 */
export function chunkChanges(
  changes: readonly Change[],
  maxCount = MAX_CHANGES_PER_SYNC,
  maxBytes = MAX_BODY_BYTES - BODY_OVERHEAD_BYTES,
): Change[][] {
  const chunks: Change[][] = [];
  let current: Change[] = [];
  let bytes = 0;
  for (const change of changes) {
    const size = jsonByteLength(change) + 1;
    if (current.length > 0 && (current.length >= maxCount || bytes + size > maxBytes)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(change);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
