import type { Curriculum, Item, Section } from './curriculum';
import { resourceKey } from './resource-key';

/** One place a resource is listed: which curriculum, which item, under which section titles. */
export interface ItemRef {
  curriculumId: string;
  item: Item;
  sectionPath: string[];
}

export interface ResourceIndex {
  /** Every item the URL opens, in any form of it; `[]` when none (or not a URL at all). */
  lookup(url: string): readonly ItemRef[];
  /** Every item listed under a resource key. */
  byKey(key: string): readonly ItemRef[];
}

const NONE: readonly ItemRef[] = Object.freeze([]);

/**
 * Answers "which items is this URL?" with one `resourceKey` computation and one Map lookup
 * (none when it was also the URL asked about last).
 * A resource listed in several curricula, or twice in one, gives one ref per listing. Items are
 * filed under their stored `resourceKey`, and also under the key their URL has today, so a
 * curriculum generated with an older key rule still matches. An item without a link is also
 * filed under the key of the page the learner linked to it, if any (`links`, by the item's
 * resource key: extension/lib/page-links.ts).
 */
export function createResourceIndex(
  curricula: readonly Curriculum[],
  links: ReadonlyMap<string, string> = new Map(),
): ResourceIndex {
  const refs = new Map<string, ItemRef[]>();
  const file = (key: string, ref: ItemRef) => {
    const list = refs.get(key);
    if (list) list.push(ref);
    else refs.set(key, [ref]);
  };
  for (const curriculum of curricula) {
    // The items of one section share its path of titles (one array per section).
    const visit = (section: Section, titles: readonly string[]): void => {
      const here = [...titles, section.title];
      for (const item of section.items) {
        const ref = { curriculumId: curriculum.id, item, sectionPath: here };
        file(item.resourceKey, ref);
        const current = item.url === undefined ? null : resourceKey(item.url);
        if (current !== null && current !== item.resourceKey) file(current, ref);
        const linked = links.get(item.resourceKey);
        const linkedKey = linked === undefined ? null : resourceKey(linked);
        if (linkedKey !== null) file(linkedKey, ref);
      }
      for (const child of section.sections) visit(child, here);
    };
    for (const section of curriculum.sections) visit(section, []);
  }
  for (const list of refs.values()) Object.freeze(list);
  const byKey = (key: string) => refs.get(key) ?? NONE;
  // A tab fires several events for one navigation (loading, complete, its title), each asking
  // about the same URL: the last answer is kept for it.
  let lastUrl: string | null = null;
  let lastRefs: readonly ItemRef[] = NONE;
  return {
    lookup(url) {
      if (url !== lastUrl) {
        const key = resourceKey(url);
        lastRefs = key === null ? NONE : byKey(key);
        lastUrl = url;
      }
      return lastRefs;
    },
    byKey,
  };
}
