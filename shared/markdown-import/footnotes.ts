import type { MarkdownIt, StateBlock, StateInline } from 'markdown-it';

/**
 * GitHub's footnotes for markdown-it, after the rules of the `markdown-it-footnote` plugin:
 * a definition `[^label]: text` (its block indented by 4 under it) becomes a
 * `footnote_definition_open` … `_close` pair, so that `[^1]: https://…` is not read as a link
 * definition, and a call `[^label]` of a defined label becomes a `footnote_ref` token, so that
 * it is no part of an entry's text. Both carry the label, lower-cased, in `meta.label`.
 */
export function footnotes(md: MarkdownIt): void {
  md.block.ruler.before('reference', 'footnote_definition', definition, {
    alt: ['paragraph', 'reference', 'blockquote'],
  });
  md.inline.ruler.after('image', 'footnote_ref', call);
}

type Env = { footnotes?: Set<string> };

/** `[^label]:` at the start of a line: the label, and where the definition's text starts. */
function definitionLabel(src: string, start: number, max: number): [string, number] | undefined {
  if (src.charCodeAt(start) !== 0x5b /* [ */ || src.charCodeAt(start + 1) !== 0x5e /* ^ */) {
    return undefined;
  }
  const close = labelEnd(src, start + 2, max);
  if (close === undefined || src.charCodeAt(close + 1) !== 0x3a /* : */) return undefined;
  return [src.slice(start + 2, close).toLowerCase(), close + 2];
}

/** Where a label started at `from` ends (its `]`): not empty, no spaces, on one line. */
function labelEnd(src: string, from: number, max: number): number | undefined {
  for (let pos = from; pos < max; pos++) {
    const char = src.charCodeAt(pos);
    if (char === 0x20 || char === 0x09 || char === 0x0a) return undefined;
    if (char === 0x5d /* ] */) return pos === from ? undefined : pos;
  }
  return undefined;
}

function definition(state: StateBlock, startLine: number, endLine: number, silent: boolean) {
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  const max = state.eMarks[startLine]!;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const found = definitionLabel(state.src, start, max);
  if (!found) return false;
  if (silent) return true;
  const [label, afterColon] = found;
  const env = state.env as Env;
  env.footnotes ??= new Set();
  env.footnotes.add(label);

  const opening = state.push('footnote_definition_open', '', 1);
  opening.meta = { label };
  const saved = {
    bMark: state.bMarks[startLine]!,
    tShift: state.tShift[startLine]!,
    sCount: state.sCount[startLine]!,
    parentType: state.parentType,
  };
  const initial = state.sCount[startLine]! + afterColon - start;
  let offset = initial;
  let pos = afterColon;
  for (; pos < max; pos++) {
    const char = state.src.charCodeAt(pos);
    if (char === 0x09) offset += 4 - (offset % 4);
    else if (char === 0x20) offset++;
    else break;
  }
  state.tShift[startLine] = pos - afterColon;
  state.sCount[startLine] = offset - initial;
  state.bMarks[startLine] = afterColon;
  state.blkIndent += 4;
  state.parentType = 'footnote' as typeof state.parentType;
  if (state.sCount[startLine]! < state.blkIndent) state.sCount[startLine]! += state.blkIndent;
  state.md.block.tokenize(state, startLine, endLine);
  state.parentType = saved.parentType;
  state.blkIndent -= 4;
  state.tShift[startLine] = saved.tShift;
  state.sCount[startLine] = saved.sCount;
  state.bMarks[startLine] = saved.bMark;
  state.push('footnote_definition_close', '', -1);
  return true;
}

function call(state: StateInline, silent: boolean) {
  const start = state.pos;
  const footnotes = (state.env as Env).footnotes;
  if (!footnotes || start + 3 > state.posMax) return false;
  if (state.src.charCodeAt(start) !== 0x5b || state.src.charCodeAt(start + 1) !== 0x5e) {
    return false;
  }
  const close = labelEnd(state.src, start + 2, state.posMax);
  if (close === undefined) return false;
  const label = state.src.slice(start + 2, close).toLowerCase();
  if (!footnotes.has(label)) return false;
  if (!silent) state.push('footnote_ref', '', 0).meta = { label };
  state.pos = close + 1;
  return true;
}
