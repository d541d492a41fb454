import { addDays, atLocalTime } from '../local-date';
import type { Dated, ScheduledSession } from './scheduled-sessions';

/** A reminder for one session: due the day before it, at the chosen local hour. */
export interface SessionReminder<S extends Dated = Dated> {
  session: ScheduledSession<S>;
  /** When it is due, ms since the epoch (what `alarms.create({ when })` takes). */
  at: number;
}

/** The learner's choice when reminders are on: the hour of the day before, 0–23, local time. */
export const DEFAULT_REMINDER_HOUR = 18;

/** Every dated session's reminder, earliest first. */
export function sessionReminders<S extends Dated>(
  sessions: readonly ScheduledSession<S>[],
  hour: number,
): SessionReminder<S>[] {
  return sessions
    .flatMap((session) =>
      session.date === null
        ? []
        : [{ session, at: atLocalTime(addDays(session.date, -1), hour).getTime() }],
    )
    .sort((a, b) => a.at - b.at);
}

/** The first reminder due after `now` (ms), or null when none is left. */
export function nextReminder<S extends Dated>(
  sessions: readonly ScheduledSession<S>[],
  hour: number,
  now: number,
): SessionReminder<S> | null {
  return sessionReminders(sessions, hour).find((reminder) => reminder.at > now) ?? null;
}
