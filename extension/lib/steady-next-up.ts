import { allEntries, allSections, type Checklist } from './checklist-model';
import type { NextUp } from './next-up';

/** How long a finished "Next up" stays in place, visibly, before the next one takes its spot. */
export const NEXT_UP_HOLD_MS = 2500;

/** What a "Next up" shows, as a string: equal strings, same card. */
export function nextUpIdentity(checklist: Checklist, next: NextUp): string {
  const where = `${checklist.curriculumId}:`;
  switch (next.kind) {
    case 'session':
      return `${where}session:${next.section.key}`;
    case 'item':
      return `${where}item:${next.entry.item.id}`;
    default:
      return `${where}${next.kind}`;
  }
}

/**
 * A "Next up" shown before, with its items' states as they are now in `checklist`; null when
 * it is gone from it (another curriculum, an item removed), and then there is nothing to hold.
 */
export function refreshNextUp(checklist: Checklist, shown: NextUp): NextUp | null {
  if (shown.kind === 'session') {
    const section = [...allSections(checklist.sections)].find((s) => s.key === shown.section.key);
    return section ? { ...shown, section } : null;
  }
  if (shown.kind === 'item') {
    const entry = [...allEntries(checklist.sections)].find(
      (e) => e.item.id === shown.entry.item.id,
    );
    return entry ? { kind: 'item', entry } : null;
  }
  return null;
}
