/**
 * "Next up": what the learner most likely wants to open now. For a curriculum of dated
 * sessions (the book club), this week's session, or else the next session not yet finished;
 * otherwise the first item not yet finished.
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
import { dayNumber, localDayNumber, mondayOf } from './local-date';

export type NextUp =
  | { kind: 'session'; section: ChecklistSection; reason: 'this-week' | 'next-unfinished' }
  | { kind: 'item'; entry: ChecklistEntry }
  | { kind: 'all-finished' }
  | { kind: 'empty' };

/** The sessions of a checklist (sections with session metadata and items), in order. */
export function sessionsOf(checklist: Checklist): ChecklistSection[] {
  return [...allSections(checklist.sections)].filter(
    (s) => s.session !== undefined && s.totals.total > 0,
  );
}

/** `today` is read in local time: a session "this week" shares the learner's Monday-to-Sunday. */
export function nextUp(checklist: Checklist, today: Date): NextUp {
  if (checklist.totals.total === 0) return { kind: 'empty' };
  const sessions = sessionsOf(checklist);
  if (sessions.length > 0) {
    const week = mondayOf(localDayNumber(today));
    const thisWeek = sessions.find((s) => {
      const day = s.session?.date ? dayNumber(s.session.date) : null;
      return day !== null && mondayOf(day) === week;
    });
    if (thisWeek && !isSectionFinished(thisWeek))
      return { kind: 'session', section: thisWeek, reason: 'this-week' };
    const unfinished = sessions.find((s) => !isSectionFinished(s));
    if (unfinished) return { kind: 'session', section: unfinished, reason: 'next-unfinished' };
  }
  for (const entry of allEntries(checklist.sections)) {
    if (!isFinished(entry.state)) return { kind: 'item', entry };
  }
  return { kind: 'all-finished' };
}
