import { resourceKey } from '../resource-key';
import {
  addTo,
  isEmpty,
  linkItem,
  MAX_GROUP_TITLE,
  manualItem,
  newSection,
  nothing,
  type Placed,
} from './draft';
import type { EntryLinks, FoundLink } from './entry-links';
import type { ListScope } from './import-context';
import { clip } from './plain-text';

/** One entry of a list or a table, as read from the Markdown. */
export interface Entry {
  /** The entry's own text: a list item's first paragraph, a table row's cells. */
  text: string;
  links: EntryLinks;
  /** What the entry's nested lists give; read after the entry's own links, so they win a tie. */
  nested: () => Placed;
  /** A plain entry (no link) is an item only at the top of a list; nested, it is a note. */
  topLevel: boolean;
  /** The title of the item an entry with one link becomes. */
  soleTitle: (link: FoundLink) => string;
  /** The title of the item an entry without links becomes. */
  manualTitle?: string;
  meta?: Record<string, string>;
}

/**
 * The rules every entry follows:
 * - links already met in the same list or table are dropped (one resource, one item);
 * - one link and nothing nested → one item;
 * - several links, or links and linked nested entries → a group: a section titled by the
 *   entry's text, holding an item per link, then the nested entries;
 * - no link but linked nested entries → a section titled by the entry's text;
 * - no link at all, at the top of a list → an item checked off by hand;
 * - only anchors / mailto: links, or only links met before → nothing.
 */
export function entryToItems(entry: Entry, headings: readonly string[], scope: ListScope): Placed {
  const fresh = entry.links.links.filter((link) => {
    const key = resourceKey(link.url) ?? link.url;
    if (scope.seen.has(key)) return false;
    scope.seen.add(key);
    return true;
  });
  const nested = entry.nested();
  const hadLinks = entry.links.links.length > 0 || entry.links.ignored > 0;
  const withMeta = <T extends { meta?: Record<string, string> }>(target: T): T => {
    if (entry.meta && Object.keys(entry.meta).length > 0) target.meta = entry.meta;
    return target;
  };

  if (fresh.length === 0) {
    if (!isEmpty(nested)) {
      return entry.text
        ? { items: [], sections: [newSection(clip(entry.text, MAX_GROUP_TITLE), nested)] }
        : nested;
    }
    const title = entry.manualTitle ?? entry.text;
    if (hadLinks || !entry.topLevel || !title) return nothing();
    return { items: [withMeta(manualItem(title, headings))], sections: [] };
  }
  if (fresh.length === 1 && isEmpty(nested)) {
    const link = fresh[0]!;
    return { items: [withMeta(linkItem(link, entry.soleTitle(link), headings))], sections: [] };
  }
  const group = newSection(clip(entry.text || fresh[0]!.title, MAX_GROUP_TITLE));
  for (const link of fresh) group.items.push(linkItem(link, link.title, headings));
  addTo(group, nested);
  return { items: [], sections: [withMeta(group)] };
}
