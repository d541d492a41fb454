import type { ItemState } from '../../shared/item-state';
import { allEntries, type Checklist } from './checklist-model';

/** What an item opened but not finished counts for. */
export const OPENED_CREDIT = 0.25;

/** The definition below, as the UI shows it on hover next to the number. */
export const OVERALL_PROGRESS_DEFINITION =
  'Done items count whole, a video you have started counts the share you watched (at least a quarter), any other item you have opened counts a quarter, and skipped items are left out.';

/** How much of an item counts as progress, 0..1; null for a skipped item, which is left out. */
export function itemCredit(state: ItemState): number | null {
  switch (state.kind) {
    case 'done':
      return 1;
    case 'skipped':
      return null;
    case 'watching':
      return Math.max(OPENED_CREDIT, state.percent / 100);
    case 'opened':
      return OPENED_CREDIT;
    case 'not-started':
      return 0;
  }
}

export interface OverallProgress {
  /** Sum of the items' credit. */
  credit: number;
  /** Items counted: every item but the skipped ones. */
  counted: number;
  /**
   * `credit / counted` as a whole percent, rounded down, but never 0 once there is any progress
   * and never 100 before every counted item is done. 100 when every item is skipped.
   */
  percent: number;
  /** Whether there is any progress at all (a blank badge until there is). */
  started: boolean;
}

/** A checklist's overall progress, by the definition above; an item listed twice counts twice. */
export function overallProgress(checklist: Checklist): OverallProgress {
  let credit = 0;
  let counted = 0;
  let done = 0;
  let skipped = 0;
  for (const entry of allEntries(checklist.sections)) {
    const c = itemCredit(entry.state);
    if (c === null) {
      skipped++;
      continue;
    }
    counted++;
    credit += c;
    if (entry.state.kind === 'done') done++;
  }
  const started = credit > 0 || skipped > 0;
  let percent = counted === 0 ? (skipped > 0 ? 100 : 0) : Math.floor((credit / counted) * 100);
  if (counted > 0 && credit > 0) percent = Math.max(1, percent);
  if (counted > 0 && done < counted) percent = Math.min(99, percent);
  return { credit, counted, percent, started };
}
