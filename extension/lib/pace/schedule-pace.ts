import { isSectionFinished } from '../checklist-model';
import { dayNumber, localDayNumber } from '../local-date';
import type { ScheduledSession } from './scheduled-sessions';

/** How the learner stands against their schedule. */
export interface SchedulePace {
  /** Sessions dated today or earlier: those the schedule expects done by the end of today. */
  due: number;
  /** Sessions finished (every item done or skipped), whatever their date. */
  finished: number;
  /** `finished - due`: above 0 ahead of the schedule, below 0 behind it. */
  ahead: number;
}

/** `now` is read in local time. */
export function schedulePace(
  sessions: readonly ScheduledSession[],
  now: Date | number,
): SchedulePace {
  const today = localDayNumber(now);
  const due = sessions.filter((s) => {
    const day = s.date === null ? null : dayNumber(s.date);
    return day !== null && day <= today;
  }).length;
  const finished = sessions.filter((s) => isSectionFinished(s.section)).length;
  return { due, finished, ahead: finished - due };
}

/** "On schedule", "1 session ahead", "3 sessions behind". */
export function schedulePaceText({ ahead }: SchedulePace): string {
  if (ahead === 0) return 'On schedule';
  const n = Math.abs(ahead);
  return `${n} session${n === 1 ? '' : 's'} ${ahead > 0 ? 'ahead' : 'behind'}`;
}
