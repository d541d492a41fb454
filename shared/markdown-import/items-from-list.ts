import type { List, ListItem } from 'mdast';
import { addTo, nothing, type Placed } from './draft';
import { entryLinks } from './entry-links';
import { type Entry, entryToItems } from './entry-to-items';
import type { ImportContext, ListScope } from './import-context';
import { plainText } from './plain-text';

/**
 * The items of a list (ordered, bulleted or task list). Each list item is an entry (see
 * `entryToItems`): its own text is its first paragraph, its links those outside its nested
 * lists, which are read as entries of their own. An entry with one link is titled by the link's
 * text when the entry starts with the link, by the entry's text otherwise.
 */
export function itemsFromList(
  list: List,
  headings: readonly string[],
  context: ImportContext,
  scope: ListScope = { seen: new Set() },
  topLevel = true,
): Placed {
  const out = nothing();
  for (const listItem of list.children) {
    const own: typeof listItem.children = [];
    let first: (typeof own)[number] | undefined;
    for (const child of listItem.children) {
      if (child.type === 'list') continue;
      own.push(child);
      if (first === undefined && (child.type === 'paragraph' || child.type === 'heading')) {
        first = child;
      }
    }
    const text = first ? plainText([first]) : '';
    const entry: Entry = {
      text,
      links: entryLinks(own, context),
      nested: nestedItems.bind(null, listItem, headings, context, scope),
      topLevel,
      groupsLinks: false,
      soleTitle: soleTitle.bind(null, text),
    };
    addTo(out, entryToItems(entry, headings, scope));
  }
  return out;
}

// Plain functions bound per entry rather than closures: a list of thousands of entries makes
// thousands of them.

/** What a list item's nested lists give, read as entries of their own. */
function nestedItems(
  listItem: ListItem,
  headings: readonly string[],
  context: ImportContext,
  scope: ListScope,
): Placed {
  const found = nothing();
  for (const child of listItem.children) {
    if (child.type === 'list') addTo(found, itemsFromList(child, headings, context, scope, false));
  }
  return found;
}

function soleTitle(text: string, link: { title: string }): string {
  return !text || text.startsWith(link.title) ? link.title : text;
}
