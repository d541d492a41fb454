import type { List } from 'mdast';
import { addTo, nothing, type Placed } from './draft';
import { entryLinks } from './entry-links';
import { entryToItems } from './entry-to-items';
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
    const own = listItem.children.filter((child) => child.type !== 'list');
    const first = own.find((child) => child.type === 'paragraph' || child.type === 'heading');
    const text = first ? plainText([first]) : '';
    const nested = (): Placed => {
      const found = nothing();
      for (const child of listItem.children) {
        if (child.type === 'list')
          addTo(found, itemsFromList(child, headings, context, scope, false));
      }
      return found;
    };
    const entry = {
      text,
      links: entryLinks(own, context),
      nested,
      topLevel,
      groupsLinks: false,
      soleTitle: (link: { title: string }) =>
        !text || text.startsWith(link.title) ? link.title : text,
    };
    addTo(out, entryToItems(entry, headings, scope));
  }
  return out;
}
