import type { Curriculum, Item, Section } from '../curriculum';
import { progressSubject } from '../progress-keys';
import type { ResourceProgress, TimestampedNote } from '../resource-progress';
import { walkItems } from '../walk-items';

/** One item and its notes, in time order. */
export interface ItemNotes {
  item: Item;
  notes: TimestampedNote[];
}

/** A session (the section holding the items) and its items that have notes. */
export interface SessionNotes {
  /** The section's id within its curriculum. */
  id: string;
  /** The titles of the sections from the top down to this one. */
  path: string[];
  items: ItemNotes[];
}

export interface CurriculumNotes {
  curriculum: Pick<Curriculum, 'id' | 'title'>;
  sessions: SessionNotes[];
}

/**
 * Every note, by curriculum, then by session (the section that holds the item), then by item,
 * in curriculum order. A resource listed twice in a curriculum shows once (where it first
 * appears); one in two curricula shows under each. Blank notes, and curricula, sessions and
 * items without notes, are left out. The notes page shows this; `notesMarkdown` writes it.
 */
export function notesBySession(
  curricula: readonly Curriculum[],
  progress: ReadonlyMap<string, ResourceProgress>,
): CurriculumNotes[] {
  const groups: CurriculumNotes[] = [];
  for (const curriculum of curricula) {
    const shown = new Set<string>();
    const sessions: SessionNotes[] = [];
    let last: Section | undefined;
    for (const { item, path } of walkItems(curriculum)) {
      if (shown.has(item.resourceKey)) continue;
      const notes = (progress.get(progressSubject(item.resourceKey))?.notes ?? []).filter((n) =>
        n.text.trim(),
      );
      if (notes.length === 0) continue;
      shown.add(item.resourceKey);
      const section = path[path.length - 1]!;
      if (section !== last) {
        sessions.push({ id: section.id, path: path.map((s) => s.title), items: [] });
        last = section;
      }
      sessions[sessions.length - 1]!.items.push({ item, notes });
    }
    if (sessions.length > 0) {
      groups.push({ curriculum: { id: curriculum.id, title: curriculum.title }, sessions });
    }
  }
  return groups;
}
