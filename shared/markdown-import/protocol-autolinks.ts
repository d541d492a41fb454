import type { MarkdownIt, StateInline } from 'markdown-it';

/**
 * GitHub's `http://…` and `https://…` literals for markdown-it, read as micromark's tokenizer
 * (`micromark-extension-gfm-autolink-literal` 2.1) reads them: while the text is read, so that
 * a `~`, `_` or `*` inside an address is part of it and not strikethrough or emphasis
 * (`https://example.edu/~me/`). The other literals (`www.`, e-mail addresses) are found
 * afterwards, in the tree (`autolink-literals.ts`).
 */
export function protocolAutolinks(md: MarkdownIt): void {
  md.inline.ruler.before('linkify', 'protocol_autolink', protocolAutolink);
}

/** At the `:` of `http://` or `https://` whose scheme is plain text after no ASCII letter. */
function protocolAutolink(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (state.linkLevel > 0 || src.charCodeAt(pos) !== 0x3a || !src.startsWith('//', pos + 1)) {
    return false;
  }
  const scheme = /(?:^|[^A-Za-z])(https?)$/i.exec(src.slice(Math.max(0, pos - 6), pos))?.[1];
  if (!scheme || !state.pending.endsWith(scheme)) return false;
  if (insideOpenBracket(state, pos - scheme.length)) return false;
  const end = addressEnd(src, pos + 3, state.posMax);
  if (end === undefined) return false;
  if (!silent) {
    const address = src.slice(pos - scheme.length, end);
    state.pending = state.pending.slice(0, -scheme.length);
    state.push('link_open', 'a', 1).attrs = [['href', address]];
    state.push('text', '', 0).content = address;
    state.push('link_close', 'a', -1);
  }
  state.pos = end;
  return true;
}

/** How far `insideOpenBracket` has read each inline text, and the `[`s open there. */
const brackets = new WeakMap<StateInline, { read: number; open: number }>();

/**
 * Whether a `[` before `at` is still open (no `]` after it): micromark makes no literal there,
 * in what may yet be a link's text. Reads each text once, front to back.
 */
function insideOpenBracket(state: StateInline, at: number): boolean {
  let seen = brackets.get(state);
  if (!seen || seen.read > at) seen = { read: 0, open: 0 };
  for (let i = seen.read; i < at; i++) {
    const char = state.src.charCodeAt(i);
    if (char === 0x5c /* backslash: skip what it escapes */) i++;
    else if (char === 0x5b /* [ */) seen.open++;
    else if (char === 0x5d /* ] */ && seen.open > 0) seen.open--;
  }
  seen.read = Math.max(seen.read, at);
  brackets.set(state, seen);
  return seen.open > 0;
}

const PUNCTUATION = /\p{P}|\p{S}/u;
const SPACE = /\s/;

/**
 * Where an address after `://` ends: a domain (up to whitespace or punctuation other than `-`,
 * `.` and `_`; no `_` in its last two labels), then a path (up to whitespace), both ending
 * before trailing punctuation (`isTrail`) and before a `)` that closes no `(` of the path.
 * Undefined when there is no domain.
 */
function addressEnd(src: string, start: number, max: number): number | undefined {
  const first = src.charAt(start);
  if (start >= max || /[\s\p{Cc}]/u.test(first) || PUNCTUATION.test(first)) return undefined;
  let at = start;
  let underscoreInLast = false;
  let underscoreInLastButOne = false;
  for (; at < max; at++) {
    const char = src.charAt(at);
    if (char === '.' || char === '_') {
      if (isTrail(src, at, max)) break;
      if (char === '_') underscoreInLast = true;
      else [underscoreInLastButOne, underscoreInLast] = [underscoreInLast, false];
    } else if (SPACE.test(char) || (char !== '-' && PUNCTUATION.test(char))) break;
  }
  if (underscoreInLast || underscoreInLastButOne) return undefined;
  let opened = 0;
  let closed = 0;
  for (; at < max; at++) {
    const char = src.charAt(at);
    if (SPACE.test(char)) break;
    if (char === '(') opened++;
    else if (char === ')' && closed < opened) closed++;
    else if (PATH_PUNCTUATION.has(char)) {
      if (isTrail(src, at, max)) break;
      if (char === ')') closed++;
    }
  }
  return at;
}

const PATH_PUNCTUATION = new Set('!"&\')*,.:;<?]_~');
const TRAIL = new Set('!"\')*,.:;?_~');

/**
 * Whether the text from `at` on is trailing punctuation that ends an address: punctuation,
 * character references (`&amp;`) and `]`s up to whitespace, `<` or the end.
 */
function isTrail(src: string, at: number, max: number): boolean {
  for (let i = at; i < max; i++) {
    const char = src.charAt(i);
    if (char === '<' || SPACE.test(char)) return true;
    if (TRAIL.has(char)) continue;
    if (char === '&') {
      const reference = /^&[A-Za-z]+;/.exec(src.slice(i, i + 40));
      if (!reference) return false;
      i += reference[0].length - 1;
    } else if (char === ']') {
      const next = src.charAt(i + 1);
      if (i + 1 >= max || next === '(' || next === '[' || SPACE.test(next)) return true;
    } else return false;
  }
  return true;
}
