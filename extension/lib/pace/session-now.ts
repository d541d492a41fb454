import { dayNumber, localDayNumber } from '../local-date';
import type { ScheduledSession } from './scheduled-sessions';

/** Where the learner stands in a schedule on a given day. */
export interface SessionNow {
  /**
   * The session whose period holds today. A session's period runs from its date to the day
   * before the next session's; the last one's lasts as long as the gap before it (a week when
   * there is a single session). Null before the first date and once the last period is over.
   */
  current: ScheduledSession | null;
  /** The first session dated after today; null when none is. */
  next: ScheduledSession | null;
  /** Days from today until `next` (1: tomorrow), or null. */
  daysUntilNext: number | null;
}

const DEFAULT_PERIOD_DAYS = 7;

/** `now` is read in local time. Undated sessions are left out. */
export function sessionNow(sessions: readonly ScheduledSession[], now: Date | number): SessionNow {
  const today = localDayNumber(now);
  const dated = sessions
    .map((session) => ({ session, day: session.date === null ? null : dayNumber(session.date) }))
    .filter((d): d is { session: ScheduledSession; day: number } => d.day !== null)
    .sort((a, b) => a.day - b.day);
  const nextIndex = dated.findIndex((d) => d.day > today);
  const next = nextIndex === -1 ? null : dated[nextIndex]!;
  const currentIndex = (nextIndex === -1 ? dated.length : nextIndex) - 1;
  let current = currentIndex >= 0 ? dated[currentIndex]! : null;
  if (current && !next) {
    const before = dated[currentIndex - 1];
    const period = before ? current.day - before.day : DEFAULT_PERIOD_DAYS;
    if (today >= current.day + Math.max(1, period)) current = null;
  }
  return {
    current: current?.session ?? null,
    next: next?.session ?? null,
    daysUntilNext: next ? next.day - today : null,
  };
}
