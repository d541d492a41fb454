import type { Curriculum, Item } from '../../shared/curriculum';
import { walkItems } from '../../shared/walk-items';
import { filterWords, hasAllWords } from './fold-text';
import { isLinkable } from './page-links';

/** An item a page can be linked to, with where it is listed. */
export interface LinkableItem {
  item: Item;
  curriculumTitle: string;
  /** Titles of the sections above the item, outermost first. */
  sectionPath: string[];
}

/**
 * Every item without a link of its own, in the installed curricula, the active one first: what
 * the learner picks from to link the page they are on ("I am reading this here"). An item listed
 * twice is offered once.
 */
export function linkableItems(
  curricula: readonly Curriculum[],
  activeId: string | undefined,
): LinkableItem[] {
  const ordered = [...curricula].sort(
    (a, b) => Number(b.id === activeId) - Number(a.id === activeId),
  );
  const seen = new Set<string>();
  const found: LinkableItem[] = [];
  for (const curriculum of ordered) {
    for (const { item, path } of walkItems(curriculum)) {
      if (!isLinkable(item) || seen.has(item.resourceKey)) continue;
      seen.add(item.resourceKey);
      found.push({
        item,
        curriculumTitle: curriculum.title,
        sectionPath: path.map((s) => s.title),
      });
    }
  }
  return found;
}

/**
 * The items whose title or sections hold every word of `text`, compared as the learner's other
 * searches are (fold-text.ts: without case or accents); all for no text.
 */
export function matchLinkable(items: readonly LinkableItem[], text: string): LinkableItem[] {
  const words = filterWords(text);
  if (words.length === 0) return [...items];
  return items.filter((entry) =>
    hasAllWords([entry.item.title, ...entry.sectionPath].join(' '), words),
  );
}
