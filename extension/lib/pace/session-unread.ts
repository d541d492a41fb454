import { isFinished } from '../../../shared/item-state';
import { isChapterReading } from '../chapter-reading';
import {
  allEntries,
  allSections,
  type Checklist,
  type ChecklistEntry,
  type ChecklistSection,
} from '../checklist-model';

/**
 * What is still to do before a session: its own items not yet done or skipped, then the
 * chapter it discusses (found outside the session sections, as the session card finds it)
 * when that is not finished either. In curriculum order; each resource once.
 */
export function sessionUnread(checklist: Checklist, session: ChecklistSection): ChecklistEntry[] {
  const chapter = session.session?.chapter;
  const readings =
    chapter === undefined
      ? []
      : [...allSections(checklist.sections)]
          .filter((section) => !section.session)
          .flatMap((section) => section.entries)
          .filter((entry) => isChapterReading(entry.item, chapter));
  const seen = new Set<string>();
  return [...allEntries([session]), ...readings].filter((entry) => {
    if (isFinished(entry.state) || seen.has(entry.item.resourceKey)) return false;
    seen.add(entry.item.resourceKey);
    return true;
  });
}
