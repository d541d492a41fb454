import type { Link, Nodes, Parent, PhrasingContent, Text } from 'mdast';

/**
 * GitHub's autolink literals — `https://…`, `www.…`, `someone@example.com`, `mailto:…`,
 * `xmpp:…` written without brackets — as links, with the regular expressions
 * `mdast-util-gfm-autolink-literal` 2.0 runs over the text of the tree (after the parser has
 * taken the `http(s)://` addresses it scans itself: `protocol-autolinks.ts`): a literal starts
 * after whitespace, punctuation or the start of a text, its domain has a dot and no `_` in its
 * last two labels, and trailing punctuation (`.`, `,`, `)` without its `(`…) stays outside the
 * link. Text inside links is left alone.
 */
export function linkAutolinkLiterals(tree: Parent): void {
  for (const rule of RULES) visit(tree, rule);
}

/** What a match becomes; false: no link. */
type Replace = (match: RegExpExecArray) => PhrasingContent[] | false;

interface Rule {
  /** What a text holds wherever `find` matches in it: a cheap test that skips most texts. */
  clue: RegExp;
  find: RegExp;
  replace: Replace;
}

/** What a text holds when any rule below may find a literal in it (every rule's `clue`). */
export const AUTOLINK_CLUE = /:\/\/|www\.|xmpp:|mailto:|@/i;

const RULES: Rule[] = [
  {
    clue: /:\/\/|www\./i,
    find: /(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi,
    replace: url,
  },
  {
    clue: /xmpp:/,
    find: /(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g,
    replace: xmpp,
  },
  {
    clue: /mailto:/,
    find: /(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g,
    replace: mailto,
  },
  {
    clue: /@/,
    find: /(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g,
    replace: email,
  },
];

/** Leaves `children` as they are unless a text in them turns into links: most have none. */
function visit(parent: Parent, rule: Rule): void {
  const children = parent.children as Nodes[];
  let out: Nodes[] | null = null;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'text' && rule.clue.test(child.value)) {
      const parts = split(child, rule.find, rule.replace);
      if (out === null) {
        if (parts.length === 1 && parts[0] === child) continue;
        out = children.slice(0, i);
      }
      for (const node of parts) out.push(node);
      continue;
    }
    if ('children' in child && child.type !== 'link') visit(child, rule);
    if (out !== null) out.push(child);
  }
  if (out !== null) parent.children = out as Parent['children'];
}

/** A text node as text and links, adjacent text merged (`mdast-util-find-and-replace`). */
function split(node: Text, find: RegExp, replace: Replace): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  const add = (child: PhrasingContent): void => {
    const last = nodes.at(-1);
    if (last?.type === 'text' && child.type === 'text') last.value += child.value;
    else nodes.push(child);
  };
  let start = 0;
  find.lastIndex = 0;
  for (let match = find.exec(node.value); match; match = find.exec(node.value)) {
    const value = replace(match);
    if (value === false) {
      find.lastIndex = match.index + 1;
      continue;
    }
    if (start !== match.index) add({ type: 'text', value: node.value.slice(start, match.index) });
    for (const child of value) add(child);
    start = match.index + match[0].length;
  }
  if (start === 0) return [node];
  if (start < node.value.length) add({ type: 'text', value: node.value.slice(start) });
  return nodes;
}

function link(url: string, text: string): Link {
  return { type: 'link', url, children: [{ type: 'text', value: text }] };
}

function url(match: RegExpExecArray): PhrasingContent[] | false {
  let [, protocol = '', domain = ''] = match;
  const path = match[3] ?? '';
  if (!afterBoundary(match)) return false;
  let prefix = '';
  if (/^w/i.test(protocol)) {
    domain = protocol + domain;
    protocol = '';
    prefix = 'http://';
  }
  if (PUNCTUATION.test(domain.charAt(0)) || !isCorrectDomain(domain)) return false;
  const [address, trail] = splitTrail(domain + path);
  const found = link(prefix + protocol + address, protocol + address);
  return trail ? [found, { type: 'text', value: trail }] : [found];
}

function email(match: RegExpExecArray): PhrasingContent[] | false {
  const [, atext, label = ''] = match;
  if (/[\d\-_]$/.test(label)) return false;
  return [link(`mailto:${atext}@${label}`, `${atext}@${label}`)];
}

function mailto(match: RegExpExecArray): PhrasingContent[] | false {
  const [, atext, label = ''] = match;
  if (/[\d\-_]$/.test(label)) return false;
  const value = `mailto:${atext}@${label}`;
  return [link(value, value)];
}

function xmpp(match: RegExpExecArray): PhrasingContent[] | false {
  const [whole, atext, label = '', resource] = match;
  if (
    /[\d\-_]$/.test(label) ||
    (resource &&
      (!/[A-Za-z]$/.test(resource) || match.input.charAt(match.index + whole.length) === '@'))
  ) {
    return false;
  }
  const value = `xmpp:${atext}@${label}${resource ?? ''}`;
  return [link(value, value)];
}

const PUNCTUATION = /\p{P}|\p{S}/u;

/** The literal starts a text or follows whitespace or punctuation. */
function afterBoundary(match: RegExpExecArray): boolean {
  if (match.index === 0) return true;
  const previous = String.fromCharCode(match.input.charCodeAt(match.index - 1));
  return /\s/.test(previous) || PUNCTUATION.test(previous);
}

/** At least two labels, and the last two hold a letter or digit and no `_`. */
function isCorrectDomain(domain: string): boolean {
  const parts = domain.split('.');
  if (parts.length < 2) return false;
  return [parts.at(-1), parts.at(-2)].every(
    (part) => !part || (!/_/.test(part) && /[\dA-Za-z]/.test(part)),
  );
}

const TRAILING = new Set(['!', '"', '&', "'", ')', ',', '.', ':', ';', '<', '>', '?', ']', '}']);

/** The address and the punctuation after it; a `)` stays in when it closes a `(` of the address. */
function splitTrail(address: string): [string, string] {
  let end = address.length;
  while (end > 0 && TRAILING.has(address.charAt(end - 1))) end--;
  if (end === address.length) return [address, ''];
  let url = address.slice(0, end);
  let trail = address.slice(end);
  let closing = trail.indexOf(')');
  const opening = count(url, '(');
  let closed = count(url, ')');
  while (closing !== -1 && opening > closed) {
    url += trail.slice(0, closing + 1);
    trail = trail.slice(closing + 1);
    closing = trail.indexOf(')');
    closed++;
  }
  return [url, trail];
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
