import type { ChecklistSection } from './checklist-model';

/**
 * The start of a checklist, cut after `rows` item rows as the popup draws them (a folded
 * section draws none of its items or sub-sections). The popup paints this first, so even a
 * 1,000-item curriculum shows at once; the rest is drawn right after that first paint.
 */
export function firstRows(
  sections: readonly ChecklistSection[],
  rows: number,
  isCollapsed: (section: ChecklistSection) => boolean,
): ChecklistSection[] {
  let left = rows;
  const take = (list: readonly ChecklistSection[]): ChecklistSection[] => {
    const kept: ChecklistSection[] = [];
    for (const section of list) {
      if (left <= 0) break;
      if (isCollapsed(section)) {
        kept.push(section);
        continue;
      }
      const entries = section.entries.slice(0, left);
      left -= entries.length;
      kept.push({ ...section, entries, sections: take(section.sections) });
    }
    return kept;
  };
  return take(sections);
}
