import type { Heading, Nodes, Root } from 'mdast';
import type { Section } from '../curriculum';
import { addTo, linkItem, manualItem, newSection } from './draft';
import { entryLinks } from './entry-links';
import type { ImportContext, ListScope } from './import-context';
import { itemsFromList } from './items-from-list';
import { itemsFromPlainLines } from './items-from-plain-lines';
import { itemsFromTable } from './items-from-table';
import { plainText } from './plain-text';

export const UNTITLED_SECTION = 'Untitled section';

/**
 * Walks the document in order. Each heading opens a section nested under the nearest heading
 * of a smaller level (h1 > h2 > h3…; a skipped level nests all the same); lists and tables fill
 * the section open above them; content before the first heading goes in a section named after
 * the curriculum. Block quotes are read through; paragraphs (prose), code, HTML and rules are
 * not entries. A heading that is one link (`## [Chapter 1](ch1.md)`) also gives its section an
 * item for that link.
 */
export function sectionsFromHeadings(root: Root, title: string, context: ImportContext): Section[] {
  const top: Section[] = [];
  const open: { depth: number; section: Section }[] = [];
  let preamble: Section | undefined;
  let afterHeading = true;
  let lineScope: ListScope = { seen: new Set() };

  const current = (): Section => {
    const last = open.at(-1);
    if (last) return last.section;
    if (!preamble) {
      preamble = newSection(title);
      top.push(preamble);
    }
    return preamble;
  };
  const path = (): string[] =>
    open.length > 0 ? open.map((o) => o.section.title) : [current().title];

  const walk = (node: Nodes): void => {
    switch (node.type) {
      case 'heading': {
        while ((open.at(-1)?.depth ?? 0) >= node.depth) open.pop();
        const section = newSection(plainText(node.children) || UNTITLED_SECTION);
        (open.at(-1)?.section.sections ?? top).push(section);
        open.push({ depth: node.depth, section });
        addHeadingLink(node, section, path(), context);
        afterHeading = true;
        lineScope = { seen: new Set() };
        return;
      }
      case 'list':
        addTo(current(), itemsFromList(node, path(), context));
        break;
      case 'table':
        addTo(current(), itemsFromTable(node, path(), context));
        break;
      case 'paragraph':
        if (context.plainLines) {
          addTo(current(), itemsFromPlainLines(node, afterHeading, path(), context, lineScope));
        }
        break;
      case 'blockquote':
        for (const child of node.children) walk(child);
        return;
      case 'code':
        break;
      default:
        return; // HTML, rules, footnote definitions: leave `afterHeading` as it is
    }
    afterHeading = false;
  };
  for (const node of root.children) walk(node);
  return top;
}

/**
 * `## [Title](url)`: the heading names a resource. `## [Title]()` (or a relative link with no
 * base) names one without an address: an item checked off by hand.
 */
function addHeadingLink(
  heading: Heading,
  section: Section,
  headings: readonly string[],
  context: ImportContext,
): void {
  const content = heading.children.filter(
    (child) => !(child.type === 'text' && child.value.trim() === ''),
  );
  const only = content[0];
  if (content.length !== 1 || only?.type !== 'link') return;
  const { links, ignored } = entryLinks([only], context);
  const link = links[0];
  if (link) section.items.push(linkItem(link, section.title, headings));
  else if (ignored === 0) section.items.push(manualItem(section.title, headings));
}
