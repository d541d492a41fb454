import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerNavigationTracking } from '../../extension/background/track-navigation';
import { linkableItems, matchLinkable } from '../../extension/lib/linkable-items';
import { linkableUrl } from '../../extension/lib/page-links';
import { registersStorage, tabPagesStorage } from '../../extension/lib/storage';
import { bundledCurricula } from '../../shared/curricula';
import type { Curriculum } from '../../shared/curriculum';
import { manualResourceKey } from '../../shared/manual-resource-key';
import { pageLinkKey } from '../../shared/register-keys';
import { deriveProgress } from '../../shared/resource-progress';
import { answerBackgroundCalls } from './support/answer-calls';
import { importCurricula } from './support/store';

const PAPER_KEY = manualResourceKey('club', 'paper');
const SLIDES = 'https://example.org/club/slides.pdf';
const curriculum: Curriculum = {
  id: 'club',
  title: 'Club',
  source: 'test',
  version: 1,
  sections: [
    {
      id: 's1',
      title: 'Session 1',
      items: [
        { id: 'paper', title: 'A paper known by title', kind: 'paper', resourceKey: PAPER_KEY },
        {
          id: 'slides',
          title: 'Slides',
          kind: 'slides',
          url: SLIDES,
          resourceKey: 'example.org/club/slides.pdf',
        },
      ],
      sections: [],
    },
  ],
};

const TAB = 5;
const PAGE = 'https://papers.example.net/attention.pdf';

/** Sends a call as an extension page would, and waits for the background's reply. */
function call(name: string, request: unknown) {
  return new Promise<{ ok: boolean; result?: unknown; error?: string }>((resolve) => {
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => unknown;
    trigger({ readalong: name, request }, {}, resolve);
  });
}

/** What tab TAB shows, as `webNavigation.getFrame` reports it. */
let shown: string;

async function visit(url: string, tabId = TAB) {
  shown = url;
  await fakeBrowser.webNavigation.onCommitted.trigger({ tabId, frameId: 0, url } as never);
}

const progressOf = async (key: string) =>
  deriveProgress(await registersStorage.getValue()).get(key);

describe('linking a page to an item without a link', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    fakeBrowser.webNavigation.onCommitted.removeAllListeners();
    shown = 'about:blank';
    vi.spyOn(fakeBrowser.webNavigation, 'getFrame').mockImplementation(async ({ tabId }) =>
      tabId === TAB ? ({ url: shown } as never) : null,
    );
    await importCurricula(curriculum);
    const { index, tabPages } = answerBackgroundCalls();
    registerNavigationTracking(index, tabPages);
  });

  it('offers the page a tab shows, without keeping it anywhere', async () => {
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    await visit(`${PAGE}?utm_source=feed#page=2`);
    expect(await call('page-to-link', { tabId: TAB })).toEqual({
      ok: true,
      result: { url: PAGE },
    });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
    expect(await tabPagesStorage.getValue()).toEqual({});
  });

  it('offers nothing for a curriculum page or a browser page', async () => {
    await visit(SLIDES);
    expect((await call('page-to-link', { tabId: TAB })).result).toBeNull();
    await visit('chrome://newtab/');
    expect((await call('page-to-link', { tabId: TAB })).result).toBeNull();
    expect((await call('page-to-link', { tabId: 99 })).result).toBeNull();
  });

  it('links the page: it syncs, the tab shows the item, and tracking finds it there', async () => {
    await call('set-status', { resourceKeys: [PAPER_KEY], status: 'skipped' });
    await visit(PAGE);
    expect(await call('link-page', { tabId: TAB, url: PAGE, resourceKey: PAPER_KEY })).toEqual({
      ok: true,
    });
    const registers = await registersStorage.getValue();
    expect(registers[pageLinkKey(PAPER_KEY)]).toMatchObject({ value: PAGE, merge: 'lww' });
    expect(await tabPagesStorage.getValue()).toEqual({ [TAB]: [PAPER_KEY] });
    // Progress stays under the item's own key: what was there before stays.
    expect(await progressOf(PAPER_KEY)).toMatchObject({ status: 'skipped', openCount: 1 });

    await visit('https://elsewhere.example.com/');
    expect(await tabPagesStorage.getValue()).toEqual({});
    await visit(`http://www.papers.example.net/attention.pdf#intro`);
    expect(await tabPagesStorage.getValue()).toEqual({ [TAB]: [PAPER_KEY] });
    expect((await progressOf(PAPER_KEY))?.openCount).toBe(2);

    expect(await call('mark-page-done', { tabId: TAB })).toEqual({
      ok: true,
      result: [PAPER_KEY],
    });
    expect((await progressOf(PAPER_KEY))?.status).toBe('done');
  });

  it('unlinks: the tab no longer shows the item and the page is private again', async () => {
    await visit(PAGE);
    await call('link-page', { tabId: TAB, url: PAGE, resourceKey: PAPER_KEY });
    expect(await call('unlink-page', { resourceKey: PAPER_KEY, tabId: TAB })).toEqual({
      ok: true,
    });
    expect((await registersStorage.getValue())[pageLinkKey(PAPER_KEY)]?.value).toBeNull();
    expect(await tabPagesStorage.getValue()).toEqual({});
    await visit(PAGE);
    expect((await progressOf(PAPER_KEY))?.openCount).toBe(1);
    expect((await call('page-to-link', { tabId: TAB })).result).toEqual({ url: PAGE });
  });

  it('refuses an item with a link of its own, a tab that moved on, and a curriculum page', async () => {
    await visit(PAGE);
    const slidesKey = 'example.org/club/slides.pdf';
    expect(await call('link-page', { tabId: TAB, url: PAGE, resourceKey: slidesKey })).toEqual({
      ok: false,
      error: 'That item has a link of its own, or is no longer installed.',
    });
    expect(
      await call('link-page', {
        tabId: TAB,
        url: 'https://other.example.net/',
        resourceKey: PAPER_KEY,
      }),
    ).toEqual({ ok: false, error: 'The tab no longer shows that page.' });
    await visit(SLIDES);
    expect(await call('link-page', { tabId: TAB, url: SLIDES, resourceKey: PAPER_KEY })).toEqual({
      ok: false,
      error: 'This page is already an item of a curriculum.',
    });
    expect((await registersStorage.getValue())[pageLinkKey(PAPER_KEY)]).toBeUndefined();
  });
});

describe('the address a link keeps', () => {
  it('drops the fragment, credentials and tracking parameters, and keeps the rest', () => {
    expect(linkableUrl('https://me:pw@example.org/a?b=1&utm_medium=x&fbclid=2#top')).toBe(
      'https://example.org/a?b=1',
    );
  });

  it('is none for what is no web page', () => {
    expect(linkableUrl('chrome://extensions')).toBeNull();
    expect(linkableUrl('file:///home/me/notes.txt')).toBeNull();
  });
});

describe('the items a page can be linked to', () => {
  const bookClub = bundledCurricula[0]!;
  const items = linkableItems([curriculum, bookClub], bookClub.id);

  it('are the items without a link of every curriculum, the active one first', () => {
    expect(items).toHaveLength(61);
    expect(items[0]?.curriculumTitle).toBe(bookClub.title);
    expect(items.at(-1)).toMatchObject({
      item: { resourceKey: PAPER_KEY },
      curriculumTitle: 'Club',
      sectionPath: ['Session 1'],
    });
    expect(items.every(({ item }) => item.url === undefined)).toBe(true);
  });

  it('are found by every word typed, in their title or sections, in any case', () => {
    expect(matchLinkable(items, 'PAPER session 1').map(({ item }) => item.title)).toEqual([
      'A paper known by title',
    ]);
    expect(matchLinkable(items, '  ')).toHaveLength(61);
    expect(matchLinkable(items, 'no such words here')).toEqual([]);
  });
});
