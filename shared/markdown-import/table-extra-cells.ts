import type { MarkdownIt, StateBlock } from 'markdown-it';

/**
 * GitHub's tables as mdast reads them, on markdown-it's own table rule:
 * - the cells of a row past the header's columns, which markdown-it drops, are kept
 *   (`| Book | [link](…) | a note |` under a two-column header still has its note, read as
 *   `Column 3`);
 * - a delimiter row without a `|` makes no table (`Title|` over `---` is a heading).
 */
export function tableExtraCells(md: MarkdownIt): void {
  const rule = md.block.ruler.__rules__.find((candidate) => candidate.name === 'table');
  if (!rule) throw new Error('markdown-it has no table rule to extend');
  const table = rule.fn;
  md.block.ruler.at(
    'table',
    (state, startLine, endLine, silent) => {
      if (!delimiterHasPipe(state, startLine + 1)) return false;
      const from = state.tokens.length;
      if (!table(state, startLine, endLine, silent)) return false;
      if (!silent) addExtraCells(state, from);
      return true;
    },
    { alt: rule.alt },
  );
}

/**
 * Whether `line` (the one under a table's header) holds a `|`. Only a line opening with `|`, `-`
 * or `:` can be a delimiter row (markdown-it's rule refuses any other at once), so the others
 * are not scanned: most lines are not under a table.
 */
function delimiterHasPipe(state: StateBlock, line: number): boolean {
  if (line >= state.lineMax) return false;
  const end = state.eMarks[line]!;
  const start = state.bMarks[line]! + state.tShift[line]!;
  const first = state.src.charCodeAt(start);
  if (first !== 0x7c /* | */ && first !== 0x2d /* - */ && first !== 0x3a /* : */) return false;
  for (let pos = start; pos < end; pos++) {
    if (state.src.charCodeAt(pos) === 0x7c /* | */) return true;
  }
  return false;
}

function addExtraCells(state: StateBlock, from: number): void {
  const tokens = state.tokens;
  for (let i = from; i < tokens.length; i++) {
    const row = tokens[i]!;
    if (row.type !== 'tr_open' || tokens[i + 1]?.type !== 'td_open' || !row.map) continue;
    let end = i + 1;
    while (tokens[end]!.type !== 'tr_close') end++;
    const line = row.map[0];
    const cells = splitRow(
      state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]).trim(),
    );
    const extra = cells.slice((end - i - 1) / 3).flatMap((cell) => {
      const inline = new state.Token('inline', '', 0);
      inline.content = cell.trim();
      inline.children = [];
      return [new state.Token('td_open', 'td', 1), inline, new state.Token('td_close', 'td', -1)];
    });
    tokens.splice(end, 0, ...extra);
    i = end + extra.length;
  }
}

/** A row's cells as markdown-it splits them: at `|` not escaped, without the outer pipes. */
function splitRow(text: string): string[] {
  const cells: string[] = [];
  let current = '';
  let last = 0;
  for (let pos = 0; pos < text.length; pos++) {
    if (text.charCodeAt(pos) !== 0x7c /* | */) continue;
    if (text.charCodeAt(pos - 1) === 0x5c /* \ */) {
      current += text.slice(last, pos - 1);
      last = pos;
    } else {
      cells.push(current + text.slice(last, pos));
      current = '';
      last = pos + 1;
    }
  }
  cells.push(current + text.slice(last));
  if (cells[0] === '') cells.shift();
  if (cells.at(-1) === '') cells.pop();
  return cells;
}
