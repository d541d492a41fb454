import MarkdownIt, { type MarkdownIt as Parser, type Token } from 'markdown-it';
import type {
  Heading,
  List,
  ListItem,
  Nodes,
  Parent,
  PhrasingContent,
  Root,
  Table,
  TableCell,
  TableRow,
  Text,
} from 'mdast';
import { AUTOLINK_CLUE, linkAutolinkLiterals } from './autolink-literals';
import { MAX_NESTING_COLUMNS } from './check-input';
import { footnotes } from './footnotes';
import { protocolAutolinks } from './protocol-autolinks';
import { strikethrough } from './strikethrough';
import { tableExtraCells } from './table-extra-cells';
import { removeTaskCheck } from './task-check';

/**
 * markdown-it reads line by line with regular expressions, where micromark (mdast's parser)
 * steps through every character: on a 500 KB awesome-list it is some 20 times faster. `html`
 * keeps HTML as HTML (not as text); links are kept as written (no percent-encoding, no
 * `javascript:` filter), because the importer resolves and judges each target itself.
 * markdown-it drops what is nested deeper than `maxNesting` (100 by default); `checkInput`
 * already refuses lines nested past MAX_NESTING_COLUMNS, each column at most one more level.
 */
function createParser(): Parser {
  const markdownIt = new MarkdownIt('default', { html: true, maxNesting: 2 * MAX_NESTING_COLUMNS });
  markdownIt.validateLink = () => true;
  markdownIt.normalizeLink = (url) => url;
  markdownIt.normalizeLinkText = (text) => text;
  return markdownIt.use(footnotes).use(strikethrough).use(protocolAutolinks).use(tableExtraCells);
}

/** Made at the first parse, so that a page importing only the importer's limits loads no parser. */
let parser: Parser | undefined;

/**
 * CommonMark plus GitHub's extensions (tables, strikethrough, autolink literals, task lists,
 * footnotes), as the mdast nodes the importer reads: headings, paragraphs, lists, tables,
 * block quotes, code, HTML, rules, and inside them text, links, images, emphasis, inline code,
 * breaks and footnote references. Reference links come out resolved, as `link`s (their
 * definitions are markdown-it's business); nodes carry no `position`.
 */
export function parseMarkdown(text: string): Root {
  const root: Root = { type: 'root', children: [] };
  const open: Parent[] = [root];
  parser ??= createParser();
  for (const token of parser.parse(text, {})) {
    const parent = open.at(-1)!;
    if (token.nesting === -1) {
      if (TRANSPARENT.has(token.type)) continue;
      const closed = open.pop()!;
      if (closed.type === 'listItem') removeTaskCheck(closed as ListItem);
      continue;
    }
    if (TRANSPARENT.has(token.type)) continue;
    if (token.type === 'inline') {
      // The block's only content (a paragraph, heading or cell): set, not spread into `push`,
      // which overflows the stack for a paragraph of 100,000 links.
      parent.children = phrasing(token.children ?? []) as typeof parent.children;
      continue;
    }
    const node = block(token);
    if (!node) continue;
    parent.children.push(node as (typeof parent.children)[number]);
    if (token.nesting === 1) open.push(node as Parent);
  }
  return root;
}

/** Tokens that open or close no node of their own: a table's head and body. */
const TRANSPARENT = new Set(['thead_open', 'thead_close', 'tbody_open', 'tbody_close']);

function block(token: Token): Nodes | undefined {
  switch (token.type) {
    case 'heading_open':
      return {
        type: 'heading',
        depth: Number(token.tag.slice(1)) as Heading['depth'],
        children: [],
      };
    case 'paragraph_open':
      return { type: 'paragraph', children: [] };
    case 'bullet_list_open':
    case 'ordered_list_open':
      return { type: 'list', ordered: token.type === 'ordered_list_open', children: [] } as List;
    case 'list_item_open':
      return { type: 'listItem', children: [] } as ListItem;
    case 'blockquote_open':
      return { type: 'blockquote', children: [] };
    case 'table_open':
      return { type: 'table', children: [] } as Table;
    case 'tr_open':
      return { type: 'tableRow', children: [] } as TableRow;
    case 'th_open':
    case 'td_open':
      return { type: 'tableCell', children: [] } as TableCell;
    case 'footnote_definition_open':
      return { type: 'footnoteDefinition', identifier: label(token), children: [] };
    case 'code_block':
    case 'fence':
      return { type: 'code', value: token.content.replace(/\n$/, '') };
    case 'html_block':
      return { type: 'html', value: token.content.replace(/\n$/, '') };
    case 'hr':
      return { type: 'thematicBreak' };
    default:
      return undefined;
  }
}

/**
 * An inline token's children as phrasing nodes, adjacent text (and soft line breaks) merged,
 * autolink literals made links (only when a text holds what one starts with: most hold none).
 */
function phrasing(tokens: readonly Token[]): PhrasingContent[] {
  const root: Parent & { children: PhrasingContent[] } = { type: 'paragraph', children: [] };
  const open: { children: PhrasingContent[] }[] = [root];
  const texts: Text[] = [];
  for (const token of tokens) {
    const siblings = open.at(-1)!.children;
    switch (token.type) {
      case 'text':
        addText(siblings, token.content, texts);
        break;
      case 'softbreak':
        addText(siblings, '\n', texts);
        break;
      case 'hardbreak':
        siblings.push({ type: 'break' });
        break;
      case 'code_inline':
        siblings.push({ type: 'inlineCode', value: token.content });
        break;
      case 'html_inline':
        siblings.push({ type: 'html', value: token.content });
        break;
      case 'image':
        siblings.push({
          type: 'image',
          url: String(token.attrGet('src') ?? ''),
          alt: altText(token.children ?? []),
        });
        break;
      case 'footnote_ref':
        siblings.push({ type: 'footnoteReference', identifier: label(token) });
        break;
      case 'link_open':
      case 'em_open':
      case 'strong_open':
      case 's_open': {
        const node = container(token);
        siblings.push(node);
        open.push(node);
        break;
      }
      case 'link_close':
      case 'em_close':
      case 'strong_close':
      case 's_close':
        open.pop();
        break;
      default:
        if (token.content) addText(siblings, token.content, texts);
    }
  }
  for (const text of texts) {
    if (AUTOLINK_CLUE.test(text.value)) {
      linkAutolinkLiterals(root);
      break;
    }
  }
  return root.children;
}

/** Appends `value` to the last of `siblings` when it is text, else as a new text (in `texts`). */
function addText(siblings: PhrasingContent[], value: string, texts: Text[]): void {
  const last = siblings.at(-1);
  if (last?.type === 'text') last.value += value;
  else {
    const text: Text = { type: 'text', value };
    siblings.push(text);
    texts.push(text);
  }
}

function container(token: Token): PhrasingContent & { children: PhrasingContent[] } {
  switch (token.type) {
    case 'link_open':
      return { type: 'link', url: String(token.attrGet('href') ?? ''), children: [] };
    case 'em_open':
      return { type: 'emphasis', children: [] };
    case 'strong_open':
      return { type: 'strong', children: [] };
    default:
      return { type: 'delete', children: [] };
  }
}

/** An image's description as plain text, the text of nested images included (as mdast's `alt`). */
function altText(tokens: readonly Token[]): string {
  let alt = '';
  for (const token of tokens) {
    if (token.type === 'image') alt += altText(token.children ?? []);
    else if (token.type === 'softbreak') alt += '\n';
    else alt += token.content;
  }
  return alt;
}

/** A footnote's label (see `footnotes.ts`). */
function label(token: Token): string {
  return String(token.meta?.label ?? '');
}
