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
import { entryLead, readable, titleInEntry } from './link-titles';
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
  /**
   * Whether several links make a group (a section of their own): true for a table row, whose
   * cells without links title the group and become its `meta`; false for a list entry, whose
   * links become items side by side in the list's section.
   */
  groupsLinks: boolean;
  meta?: Record<string, string>;
}

/**
 * The rules every entry follows:
 * - links already met in the same list or table are dropped (one resource, one item);
 * - one link and nothing nested → one item;
 * - several links → one item per link (every link is a resource a learner can open and tick):
 *   - in a list, the items sit side by side where the entry is, each titled so that it reads
 *     alone: the main link by its own text, the others "lead — link text", where the lead is
 *     the entry's text before its first link, else its first link's text
 *     (`Data Quality at Airbnb [Part 1](…) | [Part 2](…)` → "Data Quality at Airbnb — Part 1",
 *     "Data Quality at Airbnb — Part 2"; see `link-titles.ts`);
 *   - in a table, a group: a section titled by the row's cells without links, holding an item
 *     per link titled by the link's text (a row is one record: "Slides", "YouTube");
 * - links and linked nested entries → a section titled by the entry's text (its lead when the
 *   text says nothing), holding the entry's own items, then the nested entries;
 * - no link but linked nested entries → a section titled by the entry's text;
 * - no link at all, at the top of a list → an item checked off by hand;
 * - only anchors / mailto: links, or only links met before → nothing.
 */
export function entryToItems(entry: Entry, headings: readonly string[], scope: ListScope): Placed {
  const fresh = entry.links.links.filter((link) => {
    if (scope.seen.has(link.key)) return false;
    scope.seen.add(link.key);
    return true;
  });
  const nested = entry.nested();
  const hadLinks = entry.links.links.length > 0 || entry.links.ignored > 0;

  if (fresh.length === 0) {
    if (!isEmpty(nested)) {
      return readable(entry.text)
        ? { items: [], sections: [newSection(clip(entry.text, MAX_GROUP_TITLE), nested)] }
        : nested;
    }
    const title = entry.manualTitle ?? entry.text;
    if (hadLinks || !entry.topLevel || !title) return nothing();
    return { items: [withMeta(entry, manualItem(title, headings))], sections: [] };
  }
  if (fresh.length === 1 && isEmpty(nested)) {
    const link = fresh[0]!;
    const title = entry.soleTitle(link);
    const item = linkItem(link, readable(title) ? title : link.title, headings);
    return { items: [withMeta(entry, item)], sections: [] };
  }
  if (entry.groupsLinks) {
    const title = clip(readable(entry.text) ? entry.text : fresh[0]!.title, MAX_GROUP_TITLE);
    const group = newSection(title);
    for (const link of fresh) {
      group.items.push(linkItem(link, readable(link.title) ? link.title : title, headings));
    }
    addTo(group, nested);
    return { items: [], sections: [withMeta(entry, group)] };
  }
  const lead = entryLead(entry.text, entry.links.links[0]!.title);
  const items = fresh.map((link) =>
    linkItem(link, titleInEntry(lead, link.title), headings, link.title),
  );
  if (isEmpty(nested)) return { items: items.map((item) => withMeta(entry, item)), sections: [] };
  const section = newSection(clip(readable(entry.text) ? entry.text : lead, MAX_GROUP_TITLE));
  addTo(section, { items, sections: [] });
  addTo(section, nested);
  return { items: [], sections: [withMeta(entry, section)] };
}

/** `target`, given the entry's `meta` when it has any. */
function withMeta<T extends { meta?: Record<string, string> }>(entry: Entry, target: T): T {
  if (entry.meta && Object.keys(entry.meta).length > 0) target.meta = entry.meta;
  return target;
}
