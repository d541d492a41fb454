import { dayNumber, type IsoDate } from '../local-date';

/** A week's Monday as the chart writes it under its bar: "3 Mar" (in the learner's locale). */
export function weekLabel(weekStart: IsoDate, locale?: string): string {
  const day = dayNumber(weekStart);
  if (day === null) return weekStart;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(day * 86_400_000);
}
