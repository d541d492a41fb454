import type { Nodes } from 'mdast';
import type { HttpUrlParts } from '../plain-http-url';
import { resourceKeyOf } from '../resource-key';
import type { ImportContext } from './import-context';
import { imageAlts, plainText } from './plain-text';
import { resolveLink } from './resolve-link';

/** A link that names a resource, with the text it is shown as. */
export interface FoundLink {
  url: string;
  title: string;
  /** `url` parsed, once: its key and its kind are read from these parts. */
  parts: HttpUrlParts;
  /** `resourceKey(url)`, once per URL and import (`ImportContext.keys`). */
  key: string;
}

export interface EntryLinks {
  /** http(s) links, in order; a link wrapping a badge image counts once, as its outer link. */
  links: FoundLink[];
  /** Links that are not resources: anchors, mailto: and the like. */
  ignored: number;
}

/** The links inside some nodes, nested lists excluded (they are entries of their own). */
export function entryLinks(nodes: readonly Nodes[], context: ImportContext): EntryLinks {
  const found: EntryLinks = { links: [], ignored: 0 };
  for (const node of nodes) visit(node, context, found);
  return found;
}

function visit(node: Nodes, context: ImportContext, found: EntryLinks): void {
  if (node.type === 'list') return;
  if (node.type === 'link') {
    const target = resolveLink(node.url, context.base);
    if (target.kind === 'http') {
      const title = plainText(node.children) || imageAlts(node.children) || target.url;
      found.links.push({
        url: target.url,
        title,
        parts: target.parts,
        key: keyOf(target.url, target.parts, context),
      });
      return;
    }
    if (target.kind === 'ignored') {
      found.ignored++;
      return;
    }
  }
  if ('children' in node) for (const child of node.children) visit(child, context, found);
}

function keyOf(url: string, parts: HttpUrlParts, context: ImportContext): string {
  let key = context.keys.get(url);
  if (key === undefined) {
    key = resourceKeyOf(parts);
    context.keys.set(url, key);
  }
  return key;
}
