import type { Paragraph, PhrasingContent } from 'mdast';
import { addTo, nothing, type Placed } from './draft';
import { entryLinks } from './entry-links';
import { entryToItems } from './entry-to-items';
import type { ImportContext, ListScope } from './import-context';
import { plainText } from './plain-text';

/** Ends like a sentence: `.`, `!`, `?`, `:` or `…`. */
const SENTENCE_END = /[.!?:…]$/;
/** Opens with a bracketed tag such as `[Book]` or `[Lecture note]`. */
const TAG = /^\[[^\]]{1,30}\]\s/;

/**
 * With `plainLines`, for lists written as plain lines (one entry per line, no bullets): each
 * line of a paragraph is an entry, except prose —
 * - a paragraph of one line right after a heading is the section's introduction;
 * - a line ending like a sentence (`.`, `!`, `?`, `:`, `…`) is prose, unless it opens with a
 *   `[Tag]` (`[Book] Title (Author). Free online version.` is an entry).
 */
export function itemsFromPlainLines(
  paragraph: Paragraph,
  afterHeading: boolean,
  headings: readonly string[],
  context: ImportContext,
  scope: ListScope,
): Placed {
  const lines = splitLines(paragraph.children)
    .map((nodes) => ({ nodes, text: plainText(nodes) }))
    .filter((line) => line.text !== '');
  const out = nothing();
  if (afterHeading && lines.length === 1) return out;
  for (const { nodes, text } of lines) {
    if (SENTENCE_END.test(text) && !TAG.test(text)) continue;
    const entry = {
      text,
      links: entryLinks(nodes, context),
      nested: nothing,
      topLevel: true,
      groupsLinks: false,
      soleTitle: (link: { title: string }) => (text.startsWith(link.title) ? link.title : text),
    };
    addTo(out, entryToItems(entry, headings, scope));
  }
  return out;
}

/** Splits a paragraph's inline content at its line endings and hard breaks. */
function splitLines(nodes: readonly PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const node of nodes) {
    if (node.type === 'break') {
      lines.push([]);
    } else if (node.type === 'text' && node.value.includes('\n')) {
      node.value.split('\n').forEach((part, i) => {
        if (i > 0) lines.push([]);
        if (part) lines.at(-1)!.push({ type: 'text', value: part });
      });
    } else {
      lines.at(-1)!.push(node);
    }
  }
  return lines;
}
