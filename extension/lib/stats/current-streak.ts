import { addDays, type IsoDate, localIsoDate } from '../local-date';

/**
 * Consecutive days with activity, ending today, or yesterday while today has none yet (a
 * streak is not broken before the day is over). 0 when neither day had any.
 */
export function currentStreak(days: ReadonlySet<IsoDate>, now: Date | number): number {
  let day = localIsoDate(now);
  if (!days.has(day)) day = addDays(day, -1);
  let streak = 0;
  while (days.has(day)) {
    streak++;
    day = addDays(day, -1);
  }
  return streak;
}
