import { parseHlc } from '../../../shared/hlc';
import { decodeProgressKey } from '../../../shared/progress-keys';
import type { Register } from '../../../shared/register';

/**
 * When each item was finished: the time of its `p/status/S` register when that says 'done'.
 * The register keeps the last write only, with the HLC of the browser that made it (its wall
 * clock, carried unchanged through sync), so this is the time of the latest tick: an item
 * unticked and ticked again counts on the later day, and no history older than that exists.
 * Keyed by progress subject.
 */
export function finishedTimes(registers: Record<string, Register>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, register] of Object.entries(registers)) {
    const k = decodeProgressKey(key);
    if (k?.field !== 'status' || register.value !== 'done') continue;
    const hlc = parseHlc(register.hlc);
    if (hlc) out.set(k.subject, hlc.ms);
  }
  return out;
}
