import { beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../extension/lib/call';
import { prepareImport } from '../../extension/lib/import-curriculum';
import { bundledCurricula } from '../../shared/curricula';
import type { Curriculum } from '../../shared/curriculum';
import { CurriculumImportError } from '../../shared/markdown-import/import-markdown';
import { answerCallsInProcess } from './support/answer-calls';
import { resetBrowser } from './support/reset-browser';
import { importedCurricula } from './support/store';

const save = (curriculum: Curriculum) => call('import-curriculum', { curriculum });

const LIST = `# Papers to read

- [Attention is all you need](https://arxiv.org/abs/1706.03762)
- [Relative link](notes/intro.md)
- A book without a link
`;

describe('importing a curriculum', () => {
  beforeEach(async () => {
    await resetBrowser();
    answerCallsInProcess();
  });

  it('reads a Markdown list, resolving relative links against the base URL', async () => {
    const { curriculum, itemCount, replaces } = await prepareImport(
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

  it('gives a clear error for input that is no reading list, and for a bad base URL', async () => {
    await expect(prepareImport({ markdown: '   ' }, [])).rejects.toThrow(CurriculumImportError);
    await expect(prepareImport({ markdown: 'Just prose, nothing to follow.' }, [])).rejects.toThrow(
      /nothing to follow/i,
    );
    await expect(prepareImport({ markdown: LIST, base: 'notes/' }, [])).rejects.toThrow(
      /not an absolute http\(s\) address/,
    );
  });

  it('never takes the id of a bundled curriculum', async () => {
    const { curriculum } = await prepareImport({ markdown: LIST, title: 'dmls bookclub' }, []);
    expect(curriculum.id).toBe('dmls-bookclub-2');
  });

  it('says which earlier import a new one would replace', async () => {
    const first = (await prepareImport({ markdown: LIST }, [])).curriculum;
    await save(first);
    const again = await prepareImport({ markdown: LIST }, await importedCurricula());
    expect(again.replaces?.id).toBe(first.id);
    await save({ ...again.curriculum, title: 'Papers, again' });
    expect((await importedCurricula()).map((c) => c.title)).toEqual(['Papers, again']);
  });

  it('removes an import and keeps the others', async () => {
    await save((await prepareImport({ markdown: LIST }, [])).curriculum);
    await save((await prepareImport({ markdown: LIST, title: 'Second' }, [])).curriculum);
    await call('remove-curriculum', { id: 'papers-to-read' });
    expect((await importedCurricula()).map((c) => c.id)).toEqual(['second']);
  });

  it('refuses to replace or remove a curriculum that comes with Readalong', async () => {
    const bundled = bundledCurricula[0]!;
    await expect(save({ ...bundled, title: 'Mine now' })).rejects.toThrow(/comes with Readalong/);
    await expect(call('remove-curriculum', { id: bundled.id })).rejects.toThrow(/stays installed/);
    expect(await importedCurricula()).toEqual([]);
  });

  it('refuses a request that is not a curriculum, saying why', async () => {
    await expect(
      call('import-curriculum', { curriculum: { id: 'x' } as unknown as Curriculum }),
    ).rejects.toThrow(/^Bad import-curriculum request: .*\(at curriculum\./);
  });
});
