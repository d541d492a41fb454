import type { SessionMeta } from '../../../shared/curriculum';
import type { ChecklistSection } from '../checklist-model';
import { addDays, dayNumber, type IsoDate } from '../local-date';
import type { PaceSchedule } from './pace-schedule';

/** A section that may be a session (a checklist's, or a curriculum's as the session card reads it). */
export interface Dated {
  session?: SessionMeta;
}

/** A session with the date the schedule gives it. */
export interface ScheduledSession<S extends Dated = ChecklistSection> {
  section: S;
  /** Local date, or null for a session the club left undated (recorded schedule only). */
  date: IsoDate | null;
  /** True when the date is the club's own: the session is a recording to watch, not a meeting. */
  recorded: boolean;
}

/**
 * The date of each session under a schedule, in the order given (curriculum order, as
 * `sessionsOf` returns them): the club's dates, or the start date plus `everyDays` per session.
 */
export function scheduleSessions<S extends Dated>(
  sessions: readonly S[],
  schedule: PaceSchedule,
): ScheduledSession<S>[] {
  if (schedule.kind === 'recorded')
    return sessions.map((section) => {
      const date = section.session?.date;
      return { section, date: date && dayNumber(date) !== null ? date : null, recorded: true };
    });
  return sessions.map((section, i) => ({
    section,
    date: addDays(schedule.start, i * schedule.everyDays),
    recorded: false,
  }));
}
