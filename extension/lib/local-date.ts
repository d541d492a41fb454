/**
 * Calendar dates as the learner's clock reads them. A date is an ISO `YYYY-MM-DD` string;
 * arithmetic runs on day numbers (days since 1970-01-01, counted in UTC so every day is 24 h
 * long), and a date becomes an instant only through `atLocalTime`, which asks the local
 * time zone. So adding a week never drifts by the hour a DST change takes or gives.
 */
export type IsoDate = string;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of an ISO date, or null when it is not one (2024-02-30 is not). */
export function dayNumber(iso: IsoDate): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return isoDateOfDay(ms / DAY_MS) === iso ? ms / DAY_MS : null;
}

export function isoDateOfDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The local calendar date of an instant. */
export function localIsoDate(instant: Date | number): IsoDate {
  const d = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local day number of an instant. */
export function localDayNumber(instant: Date | number): number {
  return dayNumber(localIsoDate(instant))!;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const day = dayNumber(iso);
  if (day === null) throw new RangeError(`Not an ISO date: ${iso}`);
  return isoDateOfDay(day + days);
}

/** The instant a local wall clock shows `hour:minute` on `iso` (a time a DST change skips moves forward). */
export function atLocalTime(iso: IsoDate, hour: number, minute = 0): Date {
  const day = dayNumber(iso);
  if (day === null) throw new RangeError(`Not an ISO date: ${iso}`);
  const utc = new Date(day * DAY_MS);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), hour, minute);
}

/** The day number of the Monday starting the week that holds `day` (1970-01-01 was a Thursday). */
export function mondayOf(day: number): number {
  return day - ((day + 3) % 7);
}
