import { CurriculumImportError } from './import-error';

/**
 * The largest document the importer reads: 512 KiB of UTF-8, over three times the largest real
 * list (156 KB). The heaviest documents within it (512 KiB of short sections, each a heading
 * and one entry) take a few seconds and under 200 MB: about what an options page can spend on
 * one import.
 */
export const MAX_MARKDOWN_BYTES = 512 * 1024;
/**
 * The most list entries plus table cells a document may hold: 20 times the largest real list.
 * Each entry becomes an item with a kind, an id and a resource key, the importer's costliest
 * work: 20,000 one-word entries take a second or two.
 */
export const MAX_ENTRIES = 20_000;
/** Share of control or undecodable characters above which a document is taken for binary. */
const MAX_NON_TEXT_SHARE = 0.1;
const SAMPLE_CHARS = 64 * 1024;
/**
 * How far a line's containers (indentation, `>` quote markers, list bullets and numbers) may
 * reach: 256 columns, over a hundred levels of nesting. Deeper nesting is no reading list; the
 * parser keeps this much (`parse-markdown.ts`), and the importer walks the tree recursively.
 */
export const MAX_NESTING_COLUMNS = 256;

/**
 * Refuses what cannot be a reading list before parsing it: not a string, too large, binary
 * (a NUL byte, or more than 10% control or U+FFFD characters in the first 64 Ki characters),
 * empty or whitespace only, nested absurdly deep (MAX_NESTING_COLUMNS), or with more entries
 * than any reading list (MAX_ENTRIES). Returns the text without a leading byte-order mark.
 */
export function checkInput(markdown: unknown): string {
  if (typeof markdown !== 'string') {
    throw new CurriculumImportError('not-text', 'Expected Markdown text, got no text at all.');
  }
  checkSize(utf8Length(markdown), 'document');
  if (looksBinary(markdown)) {
    throw new CurriculumImportError(
      'binary',
      'This looks like a binary file (an image, PDF or archive), not Markdown text.',
    );
  }
  const text = markdown.charCodeAt(0) === 0xfeff ? markdown.slice(1) : markdown;
  if (text.length === 0) throw new CurriculumImportError('empty', 'The document is empty.');
  if (text.trim().length === 0) {
    throw new CurriculumImportError('empty', 'The document holds only whitespace.');
  }
  checkNesting(text);
  checkEntries(text);
  return text;
}

/** Refuses a document (or a file, before reading it) of more than MAX_MARKDOWN_BYTES. */
export function checkSize(bytes: number, what: 'document' | 'file'): void {
  if (bytes > MAX_MARKDOWN_BYTES) {
    throw new CurriculumImportError(
      'too-large',
      `The ${what} is ${formatSize(bytes)}; the importer reads at most ${formatSize(MAX_MARKDOWN_BYTES)}.`,
    );
  }
}

const LIST_ENTRY = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * Counts, without parsing, lines that open a list entry and the `|` of table blocks (blocks
 * of lines holding a `---|---` delimiter row): about one per entry and per table cell.
 */
function checkEntries(text: string): void {
  let entries = 0;
  let blockPipes = 0;
  let inTable = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (inTable) entries += blockPipes;
      blockPipes = 0;
      inTable = false;
      continue;
    }
    if (LIST_ENTRY.test(line)) entries++;
    blockPipes += line.split('|').length - 1;
    if (!inTable && line.includes('|') && isTableDelimiter(line)) inTable = true;
  }
  if (inTable) entries += blockPipes;
  if (entries > MAX_ENTRIES) {
    throw new CurriculumImportError(
      'too-large',
      `The document holds about ${entries.toLocaleString('en')} list entries and table cells; the importer reads at most ${MAX_ENTRIES.toLocaleString('en')}.`,
    );
  }
}

/** `| --- | :-: |` and the like (spaces dropped first, so the pattern cannot backtrack). */
function isTableDelimiter(line: string): boolean {
  return /^\|?:?-+:?(?:\|:?-+:?)*\|?$/.test(line.replace(/[ \t>]/g, ''));
}

function checkNesting(text: string): void {
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (containerColumns(text, start, stop) > MAX_NESTING_COLUMNS) {
      throw new CurriculumImportError(
        'too-deep',
        `Line ${line} is nested more than ${MAX_NESTING_COLUMNS} columns deep (indentation, quotes or bullets).`,
      );
    }
    start = stop + 1;
  }
}

/** Columns taken by the line's leading whitespace, `>` and list markers; 0 for a line of only those. */
function containerColumns(text: string, start: number, stop: number): number {
  let column = 0;
  let i = start;
  while (i < stop) {
    const char = text[i]!;
    if (char === ' ' || char === '>') column++;
    else if (char === '\t') column += 4 - (column % 4);
    else if ((char === '-' || char === '*' || char === '+') && text[i + 1] === ' ') column++;
    else if (char >= '0' && char <= '9') {
      let j = i;
      while (j < stop && text[j]! >= '0' && text[j]! <= '9') j++;
      if ((text[j] !== '.' && text[j] !== ')') || text[j + 1] !== ' ') break;
      column += j - i + 1;
      i = j;
    } else break;
    i++;
  }
  return i >= stop ? 0 : column; // a line of markers only is a rule or blank, not nesting
}

function utf8Length(text: string): number {
  if (text.length > MAX_MARKDOWN_BYTES) return text.length; // at least that many bytes: too large
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = Math.min(text.length, SAMPLE_CHARS);
  let nonText = 0;
  for (let i = 0; i < sample; i++) {
    const code = text.charCodeAt(i);
    const control =
      (code < 0x20 && code !== 9 && code !== 10 && code !== 12 && code !== 13) ||
      (code >= 0x7f && code <= 0x9f);
    if (control || code === 0xfffd) nonText++;
  }
  return sample > 0 && nonText / sample > MAX_NON_TEXT_SHARE;
}

/** `600 KiB`, `2.0 MiB`. */
function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
