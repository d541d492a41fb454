import type { MarkdownIt, StateInline } from 'markdown-it';

/** Delimiter markers of a `~` and of a `~~` run, kept apart so that each closes only its own size. */
const SINGLE = 0x7e;
const DOUBLE = 0x7e + 0x10000;

/**
 * GitHub's strikethrough for markdown-it, which reads only `~~`: `~one~` and `~~two~~` (a run
 * of three or more tildes is text), a run closing the nearest open run of its own size, as
 * `micromark-extension-gfm-strikethrough` 2.0 reads them. Replaces markdown-it's own rule.
 */
export function strikethrough(md: MarkdownIt): void {
  md.inline.ruler.at('strikethrough', tokenize);
  md.inline.ruler2.at('strikethrough', pairUp);
}

function tokenize(state: StateInline, silent: boolean): boolean {
  if (silent || state.src.charCodeAt(state.pos) !== 0x7e) return false;
  const run = state.scanDelims(state.pos, true);
  state.push('text', '', 0).content = '~'.repeat(run.length);
  if (run.length <= 2) {
    state.delimiters.push({
      marker: run.length === 1 ? SINGLE : DOUBLE,
      length: 0,
      token: state.tokens.length - 1,
      end: -1,
      open: run.can_open,
      close: run.can_close,
    });
  }
  state.pos += run.length;
  return true;
}

/** Turns each matched pair of runs (paired by markdown-it's `balance_pairs`) into `s_open` / `s_close`. */
function pairUp(state: StateInline): boolean {
  for (const delimiters of [state.delimiters, ...state.tokens_meta.map((m) => m?.delimiters)]) {
    for (const opener of delimiters ?? []) {
      if ((opener.marker !== SINGLE && opener.marker !== DOUBLE) || opener.end === -1) continue;
      const closer = delimiters![opener.end]!;
      for (const [at, type, nesting] of [
        [opener.token, 's_open', 1],
        [closer.token, 's_close', -1],
      ] as const) {
        const token = state.tokens[at]!;
        token.type = type;
        token.tag = 's';
        token.nesting = nesting;
        token.content = '';
      }
    }
  }
  return false;
}
