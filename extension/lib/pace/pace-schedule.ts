import { z } from 'zod';

/** The longest gap between two sessions a schedule may have: a month. */
export const MAX_EVERY_DAYS = 31;

/**
 * When the learner follows a curriculum's sessions: at the dates the club met (its recordings,
 * labelled as such), or at their own pace, from a start date they choose, one session every
 * `everyDays` days (7: one a week). Meant to be stored per curriculum, and synced.
 */
export const paceScheduleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('recorded') }),
  z.strictObject({
    kind: z.literal('own-pace'),
    /** Local date of the first session, YYYY-MM-DD. */
    start: z.iso.date(),
    everyDays: z.number().int().min(1).max(MAX_EVERY_DAYS),
  }),
]);
export type PaceSchedule = z.infer<typeof paceScheduleSchema>;

/** Until the learner chooses: the club's own dates. */
export const RECORDED_SCHEDULE: PaceSchedule = { kind: 'recorded' };
