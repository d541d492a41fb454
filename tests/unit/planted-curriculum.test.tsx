/**
 * A curriculum planted in the account by someone who holds a token (or the recovery key)
 * reaches every browser of the account through sync. What it cannot do there: bring a link
 * that runs script, put HTML into the page, or replace the bundled curriculum.
 */
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { ChecklistItem } from '../../extension/components/checklist-item';
import { installedCurricula } from '../../extension/lib/installed-curricula';
import { importedCurriculaStorage, registersStorage } from '../../extension/lib/storage';
import { applyRemoteCurricula } from '../../extension/lib/sync/curriculum-sync';
import { bundledCurricula } from '../../shared/curricula';
import type { Curriculum, Item } from '../../shared/curriculum';
import { formatHlc } from '../../shared/hlc';
import type { Json } from '../../shared/register';
import { resetBrowser } from './support/reset-browser';

const item = (fields: Partial<Item> = {}): Item => ({
  id: 'a',
  title: 'Chapter 1',
  kind: 'link',
  url: 'https://example.com/chapter-1',
  resourceKey: 'https://example.com/chapter-1',
  ...fields,
});

const curriculum = (id: string, items: Item[]): Curriculum => ({
  id,
  title: 'Planted',
  source: 'sync',
  version: 1,
  sections: [{ id: 's', title: 'Section', items, sections: [] }],
});

/** What a pull from the server leaves in the registers: `c/<id>` holding the curriculum. */
async function plant(id: string, value: unknown) {
  await registersStorage.setValue({
    [`c/${id}`]: { value: { curriculum: value as Json }, hlc: formatHlc(1, 0, 'x'), merge: 'lww' },
  });
  return applyRemoteCurricula();
}

describe('a curriculum planted through sync', () => {
  beforeEach(resetBrowser);

  it('is not installed when a link is not http(s): javascript:, data:, file:', async () => {
    for (const url of [
      'javascript:alert(document.cookie)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'chrome://settings',
    ]) {
      const unreadable = await plant('evil', curriculum('evil', [item({ url })]));
      expect([url, unreadable]).toEqual([url, ['evil']]);
      expect(await importedCurriculaStorage.getValue()).toEqual([]);
    }
  });

  it('is installed with an http(s) link, and its HTML title is shown as text', async () => {
    const title = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    expect(await plant('html', curriculum('html', [item({ title })]))).toEqual([]);
    const [installed] = await importedCurriculaStorage.getValue();
    const planted = installed!.sections[0]!.items[0]!;
    const root = document.createElement('div');
    render(
      <ChecklistItem
        entry={{
          item: planted,
          state: { kind: 'not-started' },
          progress: undefined,
          sectionPath: [],
        }}
        onSetStatus={() => {}}
        onReset={() => {}}
      />,
      root,
    );
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('a')?.textContent).toContain(title);
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://example.com/chapter-1');
  });

  it('cannot replace the bundled curriculum by taking its id', async () => {
    const bundled = bundledCurricula[0]!;
    await plant(bundled.id, curriculum(bundled.id, [item({ title: 'Go to evil.example' })]));
    const shown = installedCurricula(await importedCurriculaStorage.getValue());
    expect(shown.filter((c) => c.id === bundled.id)).toEqual([bundled]);
  });
});
