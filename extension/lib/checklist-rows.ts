import type { ChecklistEntry, ChecklistSection } from './checklist-model';

/**
 * The checklist as the popup lays it out, one row after the other: a section's heading row,
 * then (unless it is folded) its items, then its sub-sections, depth first. The virtual
 * window (checklist-window.ts) picks which of these rows are drawn.
 */
export type ChecklistRow =
  | {
      kind: 'section';
      /** Unique among the rows: the section's key. */
      key: string;
      section: ChecklistSection;
      collapsed: boolean;
      /** The index just after the section's last row (its heading's own index + 1 when folded). */
      end: number;
    }
  | {
      kind: 'item';
      key: string;
      entry: ChecklistEntry;
      /** Its place among its section's own items, from 1, and their number (`aria-posinset`/`-setsize`). */
      position: number;
      setSize: number;
    };

export function checklistRows(
  sections: readonly ChecklistSection[],
  isCollapsed: (section: ChecklistSection) => boolean,
): ChecklistRow[] {
  const rows: ChecklistRow[] = [];
  const add = (section: ChecklistSection) => {
    const collapsed = isCollapsed(section);
    const heading: ChecklistRow = { kind: 'section', key: section.key, section, collapsed, end: 0 };
    rows.push(heading);
    if (!collapsed) {
      section.entries.forEach((entry, i) => {
        rows.push({
          kind: 'item',
          key: `${section.key}#${entry.item.id}`,
          entry,
          position: i + 1,
          setSize: section.entries.length,
        });
      });
      for (const child of section.sections) add(child);
    }
    heading.end = rows.length;
  };
  for (const section of sections) add(section);
  return rows;
}
