import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { prepareImport, removeImport, saveImport } from '../../extension/lib/import-curriculum';
import { importedCurriculaStorage } from '../../extension/lib/storage';
import { CurriculumImportError } from '../../shared/markdown-import/import-markdown';

const LIST = `# Papers to read

- [Attention is all you need](https://arxiv.org/abs/1706.03762)
- [Relative link](notes/intro.md)
- A book without a link
`;

describe('importing a curriculum', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads a Markdown list, resolving relative links against the base URL', () => {
    const { curriculum, itemCount, replaces } = prepareImport(
      { markdown: LIST, base: 'https://github.com/me/notes/blob/main/', title: '  ' },
      [],
    );
    expect(curriculum.title).toBe('Papers to read');
    expect(itemCount).toBe(3);
    expect(replaces).toBeUndefined();
    expect(JSON.stringify(curriculum)).toContain(
      'https://github.com/me/notes/blob/main/notes/intro.md',
    );
  });

  it('gives a clear error for input that is no reading list, and for a bad base URL', () => {
    expect(() => prepareImport({ markdown: '   ' }, [])).toThrow(CurriculumImportError);
    expect(() => prepareImport({ markdown: 'Just prose, nothing to follow.' }, [])).toThrow(
      /nothing to follow/i,
    );
    expect(() => prepareImport({ markdown: LIST, base: 'notes/' }, [])).toThrow(
      /not an absolute http\(s\) address/,
    );
  });

  it('never takes the id of a bundled curriculum', () => {
    const { curriculum } = prepareImport({ markdown: LIST, title: 'dmls bookclub' }, []);
    expect(curriculum.id).toBe('dmls-bookclub-2');
  });

  it('says which earlier import a new one would replace', async () => {
    const first = prepareImport({ markdown: LIST }, []).curriculum;
    await saveImport(first);
    const again = prepareImport({ markdown: LIST }, await importedCurriculaStorage.getValue());
    expect(again.replaces?.id).toBe(first.id);
    await saveImport(again.curriculum);
    expect(await importedCurriculaStorage.getValue()).toHaveLength(1);
  });

  it('removes an import and keeps the others', async () => {
    await saveImport(prepareImport({ markdown: LIST }, []).curriculum);
    await saveImport(prepareImport({ markdown: LIST, title: 'Second' }, []).curriculum);
    await removeImport('papers-to-read');
    expect((await importedCurriculaStorage.getValue()).map((c) => c.id)).toEqual(['second']);
  });
});
