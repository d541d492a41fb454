/**
 * "Next up": what the learner most likely wants to open now. For a curriculum of dated
 * sessions (the book club), the session the learner's schedule puts today in, or else the
 * next session not yet finished; otherwise the first item not yet finished.
 */
import { isFinished } from '../../shared/item-state';
import {
  allEntries,
  allSections,
  type Checklist,
  type ChecklistEntry,
  type ChecklistSection,
  isSectionFinished,
} from './checklist-model';
import type { IsoDate } from './local-date';
import type { PaceSchedule } from './pace/pace-schedule';
import { type ScheduledSession, scheduleSessions } from './pace/scheduled-sessions';
import { sessionNow } from './pace/session-now';

export type NextUp =
  | {
      kind: 'session';
      section: ChecklistSection;
      /** The date the schedule gives the session (null: the club left it undated). */
      date: IsoDate | null;
      /** True when that date is the club's: the session is a recording. */
      recorded: boolean;
      /** 'scheduled': today falls in the session's period of the schedule. */
      reason: 'scheduled' | 'next-unfinished';
    }
  | { kind: 'item'; entry: ChecklistEntry }
  | { kind: 'all-finished' }
  | { kind: 'empty' };

/** The sessions of a checklist (sections with session metadata and items), in order. */
export function sessionsOf(checklist: Checklist): ChecklistSection[] {
  return [...allSections(checklist.sections)].filter(
    (s) => s.session !== undefined && s.totals.total > 0,
  );
}

const sessionUp = (
  { section, date, recorded }: ScheduledSession,
  reason: 'scheduled' | 'next-unfinished',
): NextUp => ({ kind: 'session', section, date, recorded, reason });

/** `today` is read in local time. */
export function nextUp(checklist: Checklist, today: Date, schedule: PaceSchedule): NextUp {
  if (checklist.totals.total === 0) return { kind: 'empty' };
  const scheduled = scheduleSessions(sessionsOf(checklist), schedule);
  const { current } = sessionNow(scheduled, today);
  if (current && !isSectionFinished(current.section)) return sessionUp(current, 'scheduled');
  const unfinished = scheduled.find((s) => !isSectionFinished(s.section));
  if (unfinished) return sessionUp(unfinished, 'next-unfinished');
  for (const entry of allEntries(checklist.sections)) {
    if (!isFinished(entry.state)) return { kind: 'item', entry };
  }
  return { kind: 'all-finished' };
}
