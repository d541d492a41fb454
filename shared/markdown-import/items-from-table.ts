import type { Table } from 'mdast';
import { addTo, nothing, type Placed } from './draft';
import { type EntryLinks, entryLinks } from './entry-links';
import { entryToItems } from './entry-to-items';
import type { ImportContext } from './import-context';
import { plainText } from './plain-text';

interface Cell {
  header: string;
  text: string;
  links: EntryLinks;
}

/**
 * The items of a GFM table, one entry per body row (see `entryToItems`):
 * - a row with one link → an item titled by the text of the link's cell;
 * - a row with several links ("Slides ◦ YouTube") → a group titled by the row's other cells,
 *   joined by ` · `, with an item per link;
 * - a row without links → an item checked off by hand, titled by its first cell;
 * - the cells without links become the `meta` of the item or group, by column header (a blank
 *   header is `Column N`).
 */
export function itemsFromTable(
  table: Table,
  headings: readonly string[],
  context: ImportContext,
): Placed {
  const [head, ...rows] = table.children;
  const headers = columnNames(head ? head.children.map((cell) => plainText(cell.children)) : []);
  const scope = { seen: new Set<string>() };
  const out = nothing();
  for (const row of rows) {
    const cells: Cell[] = row.children.map((cell, i) => ({
      header: headers[i] ?? `Column ${i + 1}`,
      text: plainText(cell.children),
      links: entryLinks(cell.children, context),
    }));
    const plain = cells.filter((cell) => cell.links.links.length === 0 && cell.text !== '');
    const [titleCell, ...rest] = cells.filter((cell) => cell.text !== '');
    const linked = cells.some((cell) => cell.links.links.length > 0);
    const metaCells = linked ? plain : rest;
    const entry = {
      text: plain.map((cell) => cell.text).join(' · '),
      links: {
        links: cells.flatMap((cell) => cell.links.links),
        ignored: cells.reduce((sum, cell) => sum + cell.links.ignored, 0),
      },
      nested: nothing,
      topLevel: true,
      groupsLinks: true,
      soleTitle: (link: { url: string; title: string }) =>
        cells.find((cell) => cell.links.links.some((l) => l.url === link.url))?.text || link.title,
      manualTitle: titleCell?.text,
      meta: Object.fromEntries(metaCells.map((cell) => [cell.header, cell.text])),
    };
    addTo(out, entryToItems(entry, headings, scope));
  }
  return out;
}

/** Header texts, blanks named `Column N`, repeats numbered so that each is a distinct key. */
function columnNames(texts: string[]): string[] {
  const taken = new Set<string>();
  return texts.map((text, i) => {
    let name = text || `Column ${i + 1}`;
    if (taken.has(name)) name = `${name} (${i + 1})`;
    taken.add(name);
    return name;
  });
}
