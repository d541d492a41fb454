import type { Section } from '../../shared/curriculum';
import { parseMarkdown } from '../../shared/markdown-import/parse-markdown';
import { plainText } from '../../shared/markdown-import/plain-text';

const READ_IT = 'Read this booklet';

/**
 * From ml-systems-design-booklet-README.md: one item, the booklet, titled by the README's first
 * heading and linked where its "Read this booklet here" sentence points. The rest of the README
 * (how to contribute, how to build it) is not reading.
 */
export function booklet(markdown: string, title: string): Section {
  const root = parseMarkdown(markdown);
  const heading = root.children.find((node) => node.type === 'heading');
  const readIt = root.children.find(
    (node) => node.type === 'paragraph' && plainText([node]).startsWith(READ_IT),
  );
  let url: string | undefined;
  const visit = (node: { type: string; url?: string; children?: unknown[] }): void => {
    if (url) return;
    if (node.type === 'link') url = node.url;
    else for (const child of node.children ?? []) visit(child as typeof node);
  };
  if (readIt) visit(readIt);
  if (!heading || !url?.startsWith('https://')) {
    throw new Error(`The booklet README has no heading or no "${READ_IT} here" link any more.`);
  }
  const item = { id: '', title: plainText([heading]), url, kind: 'book' as const, resourceKey: '' };
  return { id: '', title, items: [item], sections: [] };
}
