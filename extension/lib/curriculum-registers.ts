/**
 * How an imported curriculum is kept in registers (the keys: `shared/register-keys.ts`). The
 * registers are the only place an import is stored: `c/<id>` holds it, or `null` once removed.
 * A curriculum too large for one register (64 KiB) is cut into parts under keys named after
 * its content hash, and `c/<id>` then names the hash and the number of parts. Written here (by
 * the background), read back by read-curriculum.ts (by every page).
 */
import type { Curriculum } from '../../shared/curriculum';
import type { Json, Register } from '../../shared/register';
import {
  curriculumHeadKey,
  curriculumPartPrefix,
  curriculumPartKey as partKey,
} from '../../shared/register-keys';
import { stableHash } from '../../shared/stable-hash';
import { jsonByteLength, MAX_VALUE_BYTES } from '../../shared/sync-protocol';
import type { RegisterDraft } from './progress-writer';

export type CurriculumHead = { curriculum: Json } | { hash: string; parts: number } | null;

/** Bytes a part may take as JSON (its quotes and escapes are measured, not guessed). */
const PART_BYTES = MAX_VALUE_BYTES - 1024;

/** The content hash that tells versions of a curriculum apart. */
export function curriculumHash(curriculum: Curriculum): string {
  return stableHash(JSON.stringify(curriculum));
}

/** Cuts `text` into pieces that each fit in one register value as a JSON string. */
export function splitText(text: string, maxBytes = PART_BYTES): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let length = Math.min(text.length - start, maxBytes);
    let bytes = jsonByteLength(text.slice(start, start + length));
    while (length > 1 && bytes > maxBytes) {
      length = Math.max(1, Math.floor((length * maxBytes) / bytes) - 1);
      bytes = jsonByteLength(text.slice(start, start + length));
    }
    // Never split a surrogate pair.
    const last = text.charCodeAt(start + length - 1);
    if (length > 1 && last >= 0xd800 && last <= 0xdbff) length--;
    parts.push(text.slice(start, start + length));
    start += length;
  }
  return parts;
}

/** Keys of stored parts of `id` that belong to any version but `keepHash`. */
function staleParts(
  id: string,
  keepHash: string | null,
  registers: Readonly<Record<string, unknown>>,
) {
  const prefix = curriculumPartPrefix(id);
  const kept = keepHash === null ? null : curriculumPartPrefix(id, keepHash);
  return Object.keys(registers).filter((key) => {
    if (!key.startsWith(prefix)) return false;
    const register = registers[key] as Partial<Register> | undefined;
    return register?.value !== null && (kept === null || !key.startsWith(kept));
  });
}

/** The register changes that store `curriculum` (and clear parts of older versions). */
export function curriculumDrafts(
  curriculum: Curriculum,
  registers: Readonly<Record<string, unknown>>,
): RegisterDraft[] {
  const json = JSON.stringify(curriculum);
  const hash = stableHash(json);
  const inline: CurriculumHead = { curriculum: curriculum as unknown as Json };
  const drafts: RegisterDraft[] = [];
  let head: CurriculumHead = inline;
  let keep: string | null = null;
  if (jsonByteLength(inline) > PART_BYTES) {
    const parts = splitText(json);
    parts.forEach((text, n) => {
      drafts.push({ key: partKey(curriculum.id, hash, n), value: text, merge: 'lww' });
    });
    head = { hash, parts: parts.length };
    keep = hash;
  }
  for (const key of staleParts(curriculum.id, keep, registers)) {
    drafts.push({ key, value: null, merge: 'lww' });
  }
  drafts.push({ key: curriculumHeadKey(curriculum.id), value: head, merge: 'lww' });
  return drafts;
}

/** The register changes that remove curriculum `id` everywhere. */
export function removalDrafts(
  id: string,
  registers: Readonly<Record<string, unknown>>,
): RegisterDraft[] {
  return [
    ...staleParts(id, null, registers).map(
      (key): RegisterDraft => ({ key, value: null, merge: 'lww' }),
    ),
    { key: curriculumHeadKey(id), value: null, merge: 'lww' },
  ];
}
