import type { Nodes } from 'mdast';

/**
 * The readable text of Markdown nodes, whitespace collapsed. Images say nothing (a badge is not
 * part of a title), inline code keeps its text, HTML is dropped.
 */
export function plainText(nodes: readonly Nodes[]): string {
  let out = '';
  for (const node of nodes) out += textOf(node);
  return collapse(out);
}

/** The text of one node, whitespace as written. */
function textOf(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return ' ';
    case 'image':
    case 'html':
    case 'footnoteReference':
    case 'list':
      return '';
    default: {
      if (!('children' in node)) return '';
      let out = '';
      for (const child of node.children) out += textOf(child);
      // Blocks end with a space, so two paragraphs do not run together.
      return node.type === 'paragraph' || node.type === 'heading' ? `${out} ` : out;
    }
  }
}

/** The alt texts of the images among the nodes: what a badge link is called. */
export function imageAlts(nodes: readonly Nodes[]): string {
  const alts: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'image') {
      if (node.alt) alts.push(node.alt);
    } else if ('children' in node) {
      for (const child of node.children) visit(child);
    }
  };
  for (const node of nodes) visit(node);
  return collapse(alts.join(' '));
}

/** Whitespace `collapse` changes: a run of two, or one that is not a space. */
const UNCOLLAPSED = /\s\s|[^\S ]/;

export function collapse(text: string): string {
  return (UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/** Cuts text to at most `max` characters at a word boundary, marking the cut with `…`. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut.slice(0, max - 1)).trimEnd()}…`;
}
