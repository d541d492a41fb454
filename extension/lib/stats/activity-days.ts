import { parseHlc } from '../../../shared/hlc';
import { decodeProgressKey } from '../../../shared/progress-keys';
import type { Register } from '../../../shared/register';
import { type IsoDate, localIsoDate } from '../local-date';

/**
 * The local dates on which the learner did something: the time of every progress register's
 * last write (an open, a tick, watch progress, a note). A register keeps only its last write,
 * so a day whose every write was later overwritten (a video watched on Monday and again on
 * Tuesday) may be missing: this is a lower bound. Exact days would need a register of active
 * days, which nothing stores yet.
 */
export function activityDays(registers: Record<string, Register>): Set<IsoDate> {
  const days = new Set<IsoDate>();
  for (const [key, register] of Object.entries(registers)) {
    if (!decodeProgressKey(key)) continue;
    const hlc = parseHlc(register.hlc);
    if (hlc) days.add(localIsoDate(hlc.ms));
  }
  return days;
}
