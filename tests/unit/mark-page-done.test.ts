import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createInstalledIndex } from '../../extension/background/installed-index';
import { pageMarker } from '../../extension/background/mark-page-done';
import { createTabPages } from '../../extension/background/tab-pages';
import { registersStorage, tabPagesStorage } from '../../extension/lib/storage';
import type { Curriculum } from '../../shared/curriculum';
import { deriveProgress } from '../../shared/resource-progress';
import { importCurricula } from './support/store';

const KEY = 'example.org/course/week1';
const curriculum: Curriculum = {
  id: 'course',
  title: 'Course',
  source: 'test',
  version: 1,
  sections: [
    {
      id: 'w1',
      title: 'Week 1',
      items: [
        { id: 'r', title: 'Reading', kind: 'reading', url: `https://${KEY}`, resourceKey: KEY },
      ],
      sections: [],
    },
  ],
};

const statusOf = async (key: string) =>
  deriveProgress(await registersStorage.getValue()).get(key)?.status ?? 'none';

describe('mark the page I am on done', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await importCurricula(curriculum);
  });

  it('marks the item the tab shows done, as navigation tracking saw it', async () => {
    const tabPages = createTabPages();
    await tabPages.set(4, [KEY]);
    const mark = pageMarker(createInstalledIndex(), tabPages);
    expect(await mark({ tabId: 4 })).toEqual([KEY]);
    expect(await statusOf(KEY)).toBe('done');
    // Kept in session storage, so a woken service worker still knows the tab.
    expect(await tabPagesStorage.getValue()).toEqual({ 4: [KEY] });
  });

  it('matches an address the context menu hands over, in any of its forms', async () => {
    const mark = pageMarker(createInstalledIndex(), createTabPages());
    expect(await mark({ tabId: 9, url: `https://${KEY}#part-2` })).toEqual([KEY]);
    expect(await statusOf(KEY)).toBe('done');
  });

  it('records nothing for a page that is no curriculum item', async () => {
    const before = await registersStorage.getValue();
    const mark = pageMarker(createInstalledIndex(), createTabPages());
    expect(await mark({ tabId: 4 })).toEqual([]);
    expect(await mark({ tabId: 4, url: 'https://example.org/private?id=1' })).toEqual([]);
    expect(await registersStorage.getValue()).toEqual(before);
  });
});
