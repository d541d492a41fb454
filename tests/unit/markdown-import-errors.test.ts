import { describe, expect, it } from 'vitest';
import { checkInput } from '../../shared/markdown-import/check-input';
import { addTo, manualItem, nothing } from '../../shared/markdown-import/draft';
import {
  CurriculumImportError,
  importMarkdown,
  MAX_ENTRIES,
  MAX_MARKDOWN_BYTES,
} from '../../shared/markdown-import/import-markdown';

function failure(markdown: unknown): CurriculumImportError {
  try {
    importMarkdown(markdown as string);
  } catch (error) {
    if (error instanceof CurriculumImportError) return error;
    throw new Error(`not a CurriculumImportError: ${String(error)}`);
  }
  throw new Error('imported without an error');
}

describe('importMarkdown: bad input gets a clear one-line error', () => {
  it.each([
    ['empty', '', 'empty', /empty/],
    ['whitespace only', ' \n\t\n  ', 'empty', /only whitespace/],
    ['a NUL byte', '# List\n- [x](https://x.example)\u0000', 'binary', /binary file/],
    [
      'mostly control characters',
      `# PNG\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u000e\u000f\u0010\u0011\n- x`,
      'binary',
      /binary file/,
    ],
    [
      'text decoded from binary',
      '\ufffd\ufffdPNG\ufffd\ufffd\ufffd\n- [x](https://x.example)',
      'binary',
      /binary/,
    ],
    [
      'prose only',
      '# Notes\nJust some thoughts, with a [link](https://x.example).',
      'no-items',
      /nothing to follow/,
    ],
    [
      'a table of contents only',
      '- [Intro](#intro)\n- [Usage](#usage)',
      'no-items',
      /nothing to follow/,
    ],
    ['images only', '![logo](https://img.example/logo.png)', 'no-items', /nothing to follow/],
    ['not text at all', 42, 'not-text', /Expected Markdown text/],
  ])('%s', (_name, input, reason, message) => {
    const error = failure(input);
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });

  it('refuses a document over the size limit, naming the limit', () => {
    const huge = `# Big\n- [x](https://x.example)\n${'a'.repeat(MAX_MARKDOWN_BYTES)}`;
    const error = failure(huge);
    expect(error.reason).toBe('too-large');
    expect(error.message).toBe('The document is 513 KiB; the importer reads at most 512 KiB.');
  });

  it('counts the limit in UTF-8 bytes, not characters', () => {
    const accents = `# Big\n- [x](https://x.example)\n${'é'.repeat(MAX_MARKDOWN_BYTES / 2 + 1)}`;
    expect(failure(accents).reason).toBe('too-large');
  });

  it('refuses absurdly deep nesting before parsing it', () => {
    const deep = Array.from(
      { length: 200 },
      (_, i) => `${'  '.repeat(i)}- [x${i}](https://x.example/${i})`,
    );
    const error = failure(`# Deep\n${deep.join('\n')}`);
    expect(error.reason).toBe('too-deep');
    expect(error.message).toMatch(/^Line 130 is nested more than 256 columns deep/);
    expect(failure(`${'> '.repeat(200)}- [x](https://x.example)`).reason).toBe('too-deep');
  });

  it('refuses more list entries and table cells than any reading list, before parsing', () => {
    const entries = (n: number) => '- x\n'.repeat(n);
    expect(() => checkInput(`# Many\n${entries(MAX_ENTRIES)}`)).not.toThrow();
    const tooMany = failure(`# Many\n${entries(MAX_ENTRIES + 1)}`);
    expect(tooMany.reason).toBe('too-large');
    expect(tooMany.message).toBe(
      'The document holds about 20,001 list entries and table cells; the importer reads at most 20,000.',
    );
    const row = `|${'x|'.repeat(10)}\n`;
    const table = (rows: number) => `${row}|${'-|'.repeat(10)}\n${row.repeat(rows)}`;
    expect(importMarkdown(`# Table\n\n${table(3)}`).sections[0]?.items).toHaveLength(3);
    expect(() => checkInput(table(1700))).not.toThrow();
    expect(failure(`# Table\n\n${table(2000)}`).reason).toBe('too-large');
    // Pipes outside tables are text, and a blank line ends a table.
    expect(() => checkInput(`${table(1)}\n${'a | b | c\n'.repeat(MAX_ENTRIES)}`)).not.toThrow();
  });

  it('never takes a long list for deep nesting', () => {
    const target = nothing();
    const many = {
      items: Array.from({ length: 200_000 }, () => manualItem('x', [])),
      sections: [],
    };
    addTo(target, many);
    expect(target.items).toHaveLength(200_000);
  });

  it('still reads a list whose leading byte-order mark and rules look odd', () => {
    const c = importMarkdown('\ufeff# Title\n\n- - -\n\n- [x](https://x.example)');
    expect(c.title).toBe('Title');
  });
});
