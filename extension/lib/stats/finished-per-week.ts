import { type IsoDate, isoDateOfDay, localDayNumber, mondayOf } from '../local-date';

export interface WeekCount {
  /** The Monday the week starts on, local date. */
  weekStart: IsoDate;
  count: number;
}

/**
 * How many of `times` (ms) fall in each of the last `weeks` weeks, Monday to Sunday in local
 * time, oldest first; the last week is the one holding `now`. Times outside are ignored.
 */
export function finishedPerWeek(
  times: Iterable<number>,
  now: Date | number,
  weeks = 8,
): WeekCount[] {
  const lastMonday = mondayOf(localDayNumber(now));
  const firstMonday = lastMonday - 7 * (weeks - 1);
  const counts = Array.from({ length: weeks }, () => 0);
  for (const time of times) {
    const index = (mondayOf(localDayNumber(time)) - firstMonday) / 7;
    if (index >= 0 && index < weeks) counts[index]!++;
  }
  return counts.map((count, i) => ({ weekStart: isoDateOfDay(firstMonday + 7 * i), count }));
}
