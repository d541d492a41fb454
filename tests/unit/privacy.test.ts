import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createInstalledIndex } from '../../extension/background/installed-index';
import { createTabPages } from '../../extension/background/tab-pages';
import { registerNavigationTracking } from '../../extension/background/track-navigation';
import { registersStorage } from '../../extension/lib/storage';
import type { Curriculum } from '../../shared/curriculum';
import { deriveProgress } from '../../shared/resource-progress';
import { importCurricula } from './support/store';

const SLIDES_KEY = 'github.com/acme/course/blob/main/slides/week1.pdf';
const curriculum: Curriculum = {
  id: 'acme-course',
  title: 'Acme course',
  source: 'test',
  version: 1,
  sections: [
    {
      id: 'week-1',
      title: 'Week 1',
      items: [
        {
          id: 'slides',
          title: 'Slides',
          kind: 'slides',
          url: `https://${SLIDES_KEY}`,
          resourceKey: SLIDES_KEY,
        },
      ],
      sections: [],
    },
  ],
};

/** Pages that are not in any curriculum: their addresses must leave no trace. */
const PRIVATE_URLS = Array.from({ length: 20 }, (_, i) =>
  i % 2
    ? `https://bank${i}.example.net/account/statement-${i}?id=secret${i}`
    : `https://github.com/acme/course/blob/main/private/diary-${i}.md`,
);

const navigation = (url: string, frameId = 0, tabId = 7) => ({
  tabId,
  frameId,
  url,
  processId: 1,
  parentFrameId: -1,
  timeStamp: Date.now(),
  transitionType: 'link' as const,
  transitionQualifiers: [],
  documentLifecycle: 'active' as const,
  frameType: 'outermost_frame' as const,
  parentDocumentId: undefined,
  documentId: 'doc',
});

async function visit(url: string, frameId = 0, tabId = 7) {
  const details = navigation(url, frameId, tabId) as never;
  await fakeBrowser.webNavigation.onCommitted.trigger(details);
}

async function openCount(key: string) {
  return deriveProgress(await registersStorage.getValue()).get(key)?.openCount ?? 0;
}

describe('navigation tracking and privacy', () => {
  const logged: unknown[][] = [];
  beforeEach(async () => {
    fakeBrowser.reset();
    // fakeBrowser.reset() leaves webNavigation listeners in place.
    const { onCommitted, onHistoryStateUpdated, onReferenceFragmentUpdated } =
      fakeBrowser.webNavigation;
    for (const event of [onCommitted, onHistoryStateUpdated, onReferenceFragmentUpdated])
      event.removeAllListeners();
    logged.length = 0;
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(args);
      });
    }
    await importCurricula(curriculum);
    registerNavigationTracking(createInstalledIndex(), createTabPages());
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('writes nothing at all for pages that match no item', async () => {
    const before = await fakeBrowser.storage.local.get(null);
    const sessionBefore = await fakeBrowser.storage.session.get(null);
    for (const url of PRIVATE_URLS) {
      await visit(url);
      await fakeBrowser.webNavigation.onHistoryStateUpdated.trigger(
        navigation(`${url}&page=2`) as never,
      );
      await fakeBrowser.webNavigation.onReferenceFragmentUpdated.trigger(
        navigation(`${url}#top`) as never,
      );
    }
    const after = await fakeBrowser.storage.local.get(null);
    expect(after).toEqual(before);
    const session = await fakeBrowser.storage.session.get(null);
    expect(session).toEqual(sessionBefore);
    const everything = JSON.stringify(after) + JSON.stringify(session) + JSON.stringify(logged);
    for (const url of PRIVATE_URLS) {
      const { host, pathname, search } = new URL(url);
      expect(everything).not.toContain(url);
      expect(everything).not.toContain(pathname);
      if (search) expect(everything).not.toContain(search.slice(1));
      if (host !== 'github.com') expect(everything).not.toContain(host);
    }
  });

  it('records an open of a curriculum item, whatever URL form opens it', async () => {
    await visit(`https://${SLIDES_KEY}`);
    await visit(`https://${SLIDES_KEY}?raw=true`);
    await visit('https://raw.githubusercontent.com/acme/course/main/slides/week1.pdf');
    expect(await openCount(SLIDES_KEY)).toBe(3);
  });

  it('ignores navigations inside frames', async () => {
    await visit(`https://${SLIDES_KEY}`, 3);
    expect(await openCount(SLIDES_KEY)).toBe(0);
  });

  it('counts an in-page move to another item, but not a fragment change within one', async () => {
    await visit('https://example.org/start');
    await fakeBrowser.webNavigation.onHistoryStateUpdated.trigger(
      navigation(`https://${SLIDES_KEY}`) as never,
    );
    await fakeBrowser.webNavigation.onReferenceFragmentUpdated.trigger(
      navigation(`https://${SLIDES_KEY}#page=3`) as never,
    );
    expect(await openCount(SLIDES_KEY)).toBe(1);
    await visit(`https://${SLIDES_KEY}`); // a reload is a new visit
    expect(await openCount(SLIDES_KEY)).toBe(2);
  });

  it('follows curricula imported after it started', async () => {
    const later: Curriculum = {
      ...curriculum,
      id: 'later',
      sections: [
        {
          ...curriculum.sections[0]!,
          items: [
            {
              id: 'paper',
              title: 'Paper',
              kind: 'paper',
              url: 'https://arxiv.org/abs/1234.5678',
              resourceKey: 'arxiv.org/abs/1234.5678',
            },
          ],
        },
      ],
    };
    await visit('https://arxiv.org/abs/1234.5678');
    expect(await openCount('arxiv.org/abs/1234.5678')).toBe(0);
    await importCurricula(later);
    await visit('https://arxiv.org/abs/1234.5678');
    expect(await openCount('arxiv.org/abs/1234.5678')).toBe(1);
  });
});
