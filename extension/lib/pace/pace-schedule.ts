import { dayNumber, type IsoDate } from '../local-date';

/** The longest gap between two sessions a schedule may have: a month. */
export const MAX_EVERY_DAYS = 31;

/**
 * When the learner follows a curriculum's sessions: at the dates the club met (its recordings,
 * labelled as such), or at their own pace, from a start date they choose, one session every
 * `everyDays` days (7: one a week). Meant to be stored per curriculum, and synced.
 */
export type PaceSchedule =
  | { kind: 'recorded' }
  | {
      kind: 'own-pace';
      /** Local date of the first session, YYYY-MM-DD. */
      start: IsoDate;
      everyDays: number;
    };

/**
 * Whether `value` is a schedule, exactly (no other field): what the `set-pace-schedule` call
 * accepts and what a page reads back from storage. A plain check rather than a zod schema,
 * so the popup, which reads the schedule to say what is next, loads no zod.
 */
export function isPaceSchedule(value: unknown): value is PaceSchedule {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const fields = value as Record<string, unknown>;
  const keys = Object.keys(fields).sort().join();
  if (fields.kind === 'recorded') return keys === 'kind';
  const { start, everyDays } = fields;
  return (
    fields.kind === 'own-pace' &&
    keys === 'everyDays,kind,start' &&
    typeof start === 'string' &&
    dayNumber(start) !== null &&
    Number.isInteger(everyDays) &&
    (everyDays as number) >= 1 &&
    (everyDays as number) <= MAX_EVERY_DAYS
  );
}

/** Until the learner chooses: the club's own dates. */
export const RECORDED_SCHEDULE: PaceSchedule = { kind: 'recorded' };
