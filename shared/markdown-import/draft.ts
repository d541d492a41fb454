import type { Item, Section } from '../curriculum';
import { youTubeVideoOf } from '../youtube';
import type { FoundLink } from './entry-links';
import { guessItemKind } from './item-kind';
import { clip } from './plain-text';

/**
 * Items and sections as the importer builds them: ids and resource keys are left empty and
 * filled in at the end by `assignIds`, once every title is known.
 */
export interface Placed {
  items: Item[];
  sections: Section[];
}

export const MAX_TITLE = 300;
export const MAX_GROUP_TITLE = 120;

export function nothing(): Placed {
  return { items: [], sections: [] };
}

export function isEmpty(placed: Placed): boolean {
  return placed.items.length === 0 && placed.sections.length === 0;
}

/**
 * An item for a link. Its kind is guessed from `kindTitle`, by default its title: an entry's
 * second link titled "Flyte — Demo" is guessed by its own text, "Demo".
 */
export function linkItem(
  link: FoundLink,
  title: string,
  headings: readonly string[],
  kindTitle = title,
): Item {
  const item: Item = {
    id: '',
    title: clip(title, MAX_TITLE),
    url: link.url,
    kind: guessItemKind({ url: link.parts, title: kindTitle, headings }),
    resourceKey: '',
  };
  const start = youTubeVideoOf(link.parts)?.startSeconds;
  if (start != null) item.startSeconds = start;
  return item;
}

export function manualItem(title: string, headings: readonly string[]): Item {
  return {
    id: '',
    title: clip(title, MAX_TITLE),
    kind: guessItemKind({ title, headings }),
    resourceKey: '',
  };
}

export function newSection(title: string, content: Placed = nothing()): Section {
  return {
    id: '',
    title: clip(title, MAX_TITLE),
    items: content.items,
    sections: content.sections,
  };
}

/** Appends `more` to `target` (one by one: spreading 100,000 items into `push` overflows the stack). */
export function addTo(target: Placed, more: Placed): void {
  for (const item of more.items) target.items.push(item);
  for (const section of more.sections) target.sections.push(section);
}
