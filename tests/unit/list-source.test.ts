import { describe, expect, it } from 'vitest';
import { type ListSource, listSource } from '../../shared/list-import/list-source';
import { importMarkdown } from '../../shared/markdown-import/import-markdown';

function source(typed: string): ListSource {
  const result = listSource(typed);
  if (!result.ok) throw new Error(result.message);
  return result.source;
}

describe('listSource: what to fetch for a typed address', () => {
  it('reads a GitHub repository address as its README at the default branch (HEAD)', () => {
    const s = source('https://github.com/visenger/awesome-mlops');
    expect(s.candidates).toEqual([
      'https://raw.githubusercontent.com/visenger/awesome-mlops/HEAD/README.md',
      'https://raw.githubusercontent.com/visenger/awesome-mlops/HEAD/readme.md',
      'https://raw.githubusercontent.com/visenger/awesome-mlops/HEAD/Readme.md',
      'https://raw.githubusercontent.com/visenger/awesome-mlops/HEAD/README.markdown',
      'https://raw.githubusercontent.com/visenger/awesome-mlops/HEAD/README',
    ]);
    expect(s.base).toBe('https://github.com/visenger/awesome-mlops/blob/HEAD/');
    expect(s.source).toBe('https://github.com/visenger/awesome-mlops');
    expect(s.origins).toEqual(['https://raw.githubusercontent.com/*']);
  });

  it('accepts the address without a scheme, with www., .git or a trailing slash', () => {
    for (const typed of [
      'github.com/visenger/awesome-mlops',
      'https://www.github.com/visenger/awesome-mlops/',
      'https://github.com/visenger/awesome-mlops.git',
    ]) {
      expect(source(typed).candidates[0]).toBe(
        'https://raw.githubusercontent.com/visenger/awesome-mlops/HEAD/README.md',
      );
    }
  });

  it('maps a GitHub blob address to its raw file, links resolving against the blob page', () => {
    const s = source('https://github.com/chiphuyen/dmls-book/blob/main/resources.md#chapter-1');
    expect(s.candidates).toEqual([
      'https://raw.githubusercontent.com/chiphuyen/dmls-book/main/resources.md',
    ]);
    expect(s.base).toBe('https://github.com/chiphuyen/dmls-book/blob/main/resources.md');
    const c = importMarkdown('# R\n- [Summary](summary.md)', { base: s.base });
    expect(c.sections[0]?.items[0]?.url).toBe(
      'https://github.com/chiphuyen/dmls-book/blob/main/summary.md',
    );
  });

  it("reads a GitHub folder address as that folder's README", () => {
    expect(source('https://github.com/o/r/tree/dev/docs/lists').candidates[0]).toBe(
      'https://raw.githubusercontent.com/o/r/dev/docs/lists/README.md',
    );
  });

  it('fetches a raw GitHub address as is, links resolving against its GitHub page', () => {
    const s = source('https://raw.githubusercontent.com/o/r/main/lists/ml.md');
    expect(s.candidates).toEqual(['https://raw.githubusercontent.com/o/r/main/lists/ml.md']);
    expect(s.base).toBe('https://github.com/o/r/blob/main/lists/ml.md');
  });

  it('reads a gist through its raw address', () => {
    const s = source('https://gist.github.com/someone/0123abcd');
    expect(s.candidates).toEqual(['https://gist.githubusercontent.com/someone/0123abcd/raw']);
    expect(s.origins).toEqual(['https://gist.githubusercontent.com/*']);
  });

  it('fetches any other address as a Markdown file, relative links against it', () => {
    const s = source('https://lists.example/ml/reading.md');
    expect(s).toEqual({
      candidates: ['https://lists.example/ml/reading.md'],
      base: 'https://lists.example/ml/reading.md',
      source: 'https://lists.example/ml/reading.md',
      origins: ['https://lists.example/*'],
    });
  });

  it('says what to type when the address is none', () => {
    const message = (typed: string) => {
      const result = listSource(typed);
      return result.ok ? '' : result.message;
    };
    expect(message('  ')).toBe('Type the address of a Markdown list first.');
    expect(message('ftp://host/list.md')).toMatch(
      /is not a web address\. Type one starting with https:\/\//,
    );
    expect(message('https://github.com/o/r/issues/3')).toMatch(
      /is a GitHub page, not a list\. Open the list's file/,
    );
  });
});
