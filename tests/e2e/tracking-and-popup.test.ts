/**
 * Opening resources and the popup checklist, with the built extension in Chromium and the
 * stand-in server answering for github.com and the other real hosts: slides opened in any of
 * their URL forms show as opened, ticks survive a browser restart, pages outside the
 * curriculum leave no trace, and the popup is accessible and usable with the keyboard alone.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressSubject } from '../../shared/progress-keys';
import { axeViolations } from './support/axe-violations';
import { SLIDES } from './support/bookclub-resources';
import { callBackground } from './support/call-background';
import { EXTENSION_DIR } from './support/e2e-paths';
import type { ExtensionGlobal } from './support/extension-global';
import { everythingStored, statusOf, stored } from './support/extension-storage';
import { focusedName, tabTo } from './support/keyboard';
import { type LaunchedExtension, launchExtension } from './support/launch-extension';
import { poll } from './support/poll';
import { readmeScreenshot } from './support/readme-screenshot';
import { type StandinServer, startStandinServer } from './support/standin-server';

const CHAPTER_1 = 'github.com/chiphuyen/dmls-book/blob/main/01_overview_ml_systems.md';

let server: StandinServer;
let profile: string;
let extensionDir: string;
let browser: LaunchedExtension | undefined;

/** Launches Chromium on the test's profile, once the background has added its listeners. */
const launch = async () => {
  browser = await launchExtension({ userDataDir: profile, extensionDir, hostMap: server.port });
  // Answering an evaluation means the worker's script has run to its end.
  await (await browser.serviceWorker()).evaluate(() => true);
  return browser;
};

async function visit(b: LaunchedExtension, url: string) {
  const page = await b.context.newPage();
  await page.goto(url);
  await page.close();
}

/** An item's row in the popup's checklist (not the copy in "Next up"). */
const row = (popup: Page, key: string) =>
  popup.locator(`.popup__sections li[data-resource-key="${key}"]`);

/** Shows every item of the checklist by filtering on words they share. */
async function showItems(popup: Page, words: string) {
  await popup.getByRole('searchbox', { name: 'Filter items by words' }).fill(words);
}

beforeAll(async () => {
  server = await startStandinServer();
  profile = mkdtempSync(join(tmpdir(), 'readalong-tracking-'));
  // A copy of the build, so the restarted browser loads exactly the same extension.
  extensionDir = mkdtempSync(join(tmpdir(), 'readalong-extension-'));
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  for (const dir of [profile, extensionDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('tracking and the popup checklist', () => {
  it('marks slides opened whatever URL form opened them', async () => {
    const b = await launch();
    await visit(b, `https://${SLIDES[0]}`);
    await visit(b, `https://${SLIDES[1]}?raw=true`);
    await visit(
      b,
      `https://raw.githubusercontent.com/mlops-discord/dmls-bookclub/main/slides/chapter3-20240427-team-qstar.pdf`,
    );
    await visit(b, `https://${CHAPTER_1}#introduction`);

    const popup = await b.openPopup();
    await showItems(popup, 'slides');
    for (const key of SLIDES.slice(0, 3)) {
      await poll(() => row(popup, key).getAttribute('data-state')).toBe('opened');
    }
    expect(await row(popup, SLIDES[3]).getAttribute('data-state')).toBe('not-started');
    await poll(() => popup.locator('.popup__sections').textContent()).toContain('Opened');
    await popup.close();
  });

  it('keeps ticks and unticks across a browser restart', async () => {
    const b = browser!;
    const popup = await b.openPopup();
    await showItems(popup, 'slides');
    const first = row(popup, SLIDES[0]).getByRole('checkbox');
    const second = row(popup, SLIDES[1]).getByRole('checkbox');
    await first.check();
    await second.check();
    await poll(() => statusOf(b, SLIDES[1])).toBe('done');
    await second.uncheck();
    await poll(() => statusOf(b, SLIDES[0])).toBe('done');
    await poll(() => statusOf(b, SLIDES[1])).toBe('none');
    await b.close();

    const again = await launch();
    const reopened = await again.openPopup();
    await showItems(reopened, 'slides');
    await poll(() => row(reopened, SLIDES[0]).getAttribute('data-state')).toBe('done');
    expect(await row(reopened, SLIDES[0]).getByRole('checkbox').isChecked()).toBe(true);
    expect(await row(reopened, SLIDES[1]).getAttribute('data-state')).toBe('opened');
    expect(await row(reopened, SLIDES[1]).getByRole('checkbox').isChecked()).toBe(false);
    await reopened.close();
  });

  it('leaves no trace of pages outside the curriculum', async () => {
    const b = browser!;
    const outside = [
      ...Array.from({ length: 8 }, (_, i) => `https://example.com/private/page-${i}?token=t${i}`),
      ...Array.from(
        { length: 6 },
        (_, i) => `https://github.com/someone/secret-${i}/blob/main/notes.md`,
      ),
      ...Array.from({ length: 4 }, (_, i) => `https://arxiv.org/abs/9999.000${i}`),
      'https://www.youtube.com/watch?v=notInCurric',
      'https://huyenchip.com/diary/private-entry.html',
    ];
    expect(outside).toHaveLength(20);
    for (const url of outside) await visit(b, url);
    // A page of the curriculum, visited last: once it is recorded, every earlier one was handled.
    await visit(b, `https://${SLIDES[3]}`);
    await poll(() => everythingStored(b)).toContain(progressSubject(SLIDES[3]));

    const stored = await everythingStored(b);
    for (const url of outside) {
      const { host, pathname, search } = new URL(url);
      expect(stored).not.toContain(url);
      expect(stored).not.toContain(`${host}${pathname}`);
      expect(stored).not.toContain(pathname);
      if (search) expect(stored).not.toContain(search.slice(1));
    }
  });

  it('passes an axe-core accessibility check, with a dialog open too', async () => {
    const popup = await browser!.openPopup();
    await popup.getByRole('heading', { name: 'Readalong' }).waitFor();
    const violations = () => axeViolations(popup);
    expect(await violations()).toEqual([]);
    await showItems(popup, 'slides');
    expect(await violations()).toEqual([]);
    await row(popup, SLIDES[0])
      .getByRole('button', { name: /^Reset progress/ })
      .click();
    await popup.getByRole('dialog', { name: 'Reset this item?' }).waitFor();
    expect(await violations()).toEqual([]);
    await popup.keyboard.press('Escape');
    await poll(() => popup.getByRole('dialog').count()).toBe(0);
    expect(await statusOf(browser!, SLIDES[0])).toBe('done');
    await popup.close();
  });

  it('opens the privacy note, loaded on first use, and hands the focus back', async () => {
    const popup = await browser!.openPopup();
    await popup.getByRole('heading', { name: 'Readalong' }).waitFor();
    await popup.getByRole('button', { name: 'Privacy note' }).click();
    const note = popup.getByRole('dialog', { name: 'What Readalong records' });
    await note.waitFor();
    expect(await note.textContent()).toContain('never stored, logged or sent');
    expect(await focusedName(popup)).toBe('Close');
    await popup.keyboard.press('Escape');
    await poll(() => note.count()).toBe(0);
    expect(await focusedName(popup)).toBe('Privacy note');
    await popup.close();
  });

  it('resets an item only once the learner confirms', async () => {
    const popup = await browser!.openPopup();
    await showItems(popup, 'slides');
    await row(popup, SLIDES[2])
      .getByRole('button', { name: /^Reset progress/ })
      .click();
    const dialog = popup.getByRole('dialog', { name: 'Reset this item?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await row(popup, SLIDES[2]).getAttribute('data-state')).toBe('opened');
    await row(popup, SLIDES[2])
      .getByRole('button', { name: /^Reset progress/ })
      .click();
    await dialog.getByRole('button', { name: 'Reset' }).click();
    await poll(() => row(popup, SLIDES[2]).getAttribute('data-state')).toBe('not-started');
    await popup.close();
  });

  it('can be used with the keyboard alone: Tab to a checkbox, Space ticks it', async () => {
    const b = browser!;
    const popup = await b.openPopup();
    await popup.getByRole('heading', { name: 'Readalong' }).waitFor();
    let label: string | null = null;
    for (let i = 0; i < 40 && !label?.startsWith('Done: '); i++) {
      await popup.keyboard.press('Tab');
      label = await popup.evaluate(() =>
        document.activeElement instanceof HTMLInputElement &&
        document.activeElement.type === 'checkbox'
          ? document.activeElement.getAttribute('aria-label')
          : null,
      );
    }
    expect(label).toMatch(/^Done: /);
    const key = await popup.evaluate(
      () => document.activeElement?.closest('li')?.getAttribute('data-resource-key') ?? '',
    );
    const before = await statusOf(b, key);
    await popup.keyboard.press('Space');
    await poll(() => statusOf(b, key)).toBe(before === 'done' ? 'none' : 'done');
    await popup.close();
  });

  it('can be used with the keyboard alone: fold, filter, skip, and reset a section', async () => {
    const b = browser!;
    const popup = await b.openPopup();
    await popup.getByRole('heading', { name: 'Readalong' }).waitFor();
    const sessions = popup.getByRole('button', { name: 'Book club sessions', exact: true });
    // A folded section stays folded the next time the popup opens.
    await tabTo(popup, /^Book club sessions$/);
    await popup.keyboard.press('Enter');
    await poll(() => sessions.getAttribute('aria-expanded')).toBe('false');
    await popup.close();
    const again = await b.openPopup();
    const sessionsAgain = again.getByRole('button', { name: 'Book club sessions', exact: true });
    await poll(() => sessionsAgain.getAttribute('aria-expanded')).toBe('false');
    await tabTo(again, /^Book club sessions$/);
    await again.keyboard.press('Enter');
    await poll(() => sessionsAgain.getAttribute('aria-expanded')).toBe('true');

    // Filter, then skip and unskip an item.
    await tabTo(again, /^Filter items by words$/, 'Shift+Tab');
    await again.keyboard.type('session 4 slides');
    await tabTo(again, /^Skip: Slides$/);
    await again.keyboard.press('Enter');
    await poll(() => statusOf(b, SLIDES[3])).toBe('skipped');
    await again.keyboard.press('Enter');
    await poll(() => statusOf(b, SLIDES[3])).toBe('none');

    // Reset the section: Escape cancels, Tab and Enter confirm; the focus is not lost.
    await tabTo(again, /^Reset progress: Session 4/);
    await again.keyboard.press('Enter');
    const dialog = again.getByRole('dialog', { name: 'Reset this section?' });
    await dialog.waitFor();
    expect(await focusedName(again)).toBe('Cancel');
    await again.keyboard.press('Escape');
    await poll(() => dialog.count()).toBe(0);
    expect(await row(again, SLIDES[3]).getAttribute('data-state')).toBe('opened');
    await again.keyboard.press('Enter');
    await dialog.waitFor();
    await again.keyboard.press('Tab');
    expect(await focusedName(again)).toBe('Reset');
    await again.keyboard.press('Enter');
    await poll(() => row(again, SLIDES[3]).getAttribute('data-state')).toBe('not-started');
    await poll(() => focusedName(again)).toMatch(/^Session 4 — Chapter 4/);
    await again.close();
  });

  it('opens an item from its title in a new tab, and counts it as opened', async () => {
    const b = browser!;
    const chapter5 = 'github.com/chiphuyen/dmls-book/blob/main/05_feature_engineering.md';
    const popup = await b.openPopup();
    await showItems(popup, 'chapter 5 feature engineering');
    const link = row(popup, chapter5).getByRole('link');
    await link.waitFor();
    expect(await link.getAttribute('target')).toBe('_blank');
    const opened = b.context.waitForEvent('page');
    await link.focus();
    await popup.keyboard.press('Enter');
    const tab = await opened;
    await tab.waitForLoadState();
    expect(tab.url()).toBe(`https://${chapter5}`);
    await poll(() => row(popup, chapter5).getAttribute('data-state')).toBe('opened');
    await tab.close();
    await popup.close();
  });

  it('shows what is done in the badge and what comes next in the popup (the README screenshot)', async () => {
    const b = browser!;
    const VIDEO_1 = 'youtube:spFsPbDw7Lg';
    const VIDEO_2 = 'youtube:q7RhT39LV8E';
    await visit(b, 'https://www.youtube.com/watch?v=spFsPbDw7Lg');
    await visit(b, 'https://www.youtube.com/watch?v=q7RhT39LV8E');
    await visit(b, 'https://github.com/chiphuyen/dmls-book/blob/main/02_intro_ml_system_design.md');
    const popup = await b.openPopup();
    await popup.setViewportSize({ width: 380, height: 600 });
    const cdp = await b.context.newCDPSession(popup);
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: 380,
      height: 600,
      deviceScaleFactor: 2,
      mobile: false,
    });
    // Session 1 finished, session 2's slides ticked and its recording opened, chapter 1 read.
    const tick = async (words: string, key: string) => {
      await showItems(popup, words);
      await row(popup, key).first().getByRole('checkbox').check();
      await poll(() => statusOf(b, key)).toBe('done');
    };
    await tick('slides', SLIDES[0]);
    await tick('slides', SLIDES[1]);
    await tick('session 1 youtube', VIDEO_1);
    await tick('chapter 1 overview', CHAPTER_1);
    await showItems(popup, '');
    // The toolbar badge: the overall progress the popup shows (4 of 105 items done, a few
    // opened: partial progress counts).
    const shown = popup.locator('.popup__overall-percent strong');
    await poll(() => shown.textContent()).toBe('4%');
    expect(await shown.locator('..').getAttribute('title')).toMatch(/^Done items count whole/);
    await poll(() =>
      b
        .serviceWorker()
        .then((worker) =>
          worker.evaluate(() =>
            (globalThis as unknown as ExtensionGlobal).chrome.action.getBadgeText({}),
          ),
        ),
    ).toBe('4%');
    await poll(() => popup.locator('.next-up').textContent()).toContain('Session 2');
    expect(
      await popup.locator(`.next-up li[data-resource-key="${VIDEO_2}"]`).getAttribute('data-state'),
    ).toBe('opened');
    await popup.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await popup.mouse.move(379, 599);
    await readmeScreenshot(popup, 'popup');
    await popup.close();
  });

  it('imports a reading list on the options page, picks it in the popup, and removes it', async () => {
    const b = browser!;
    const options = await b.openExtensionPage('options.html');
    const form = options.locator('.curricula');
    await form.getByRole('button', { name: 'Preview' }).click();
    await poll(() => form.getByRole('alert').textContent()).toContain('Paste a reading list');
    await form
      .getByRole('textbox', { name: 'Or paste the Markdown' })
      .fill(
        '# Weekend papers\n\n- [Paper A](https://arxiv.org/abs/1706.03762)\n- [Notes](notes/b.md)\n',
      );
    await form
      .getByRole('textbox', { name: /Base URL/ })
      .fill('https://github.com/me/notes/blob/main/');
    await form.getByRole('button', { name: 'Preview' }).click();
    await form.getByRole('button', { name: 'Import', exact: true }).click();
    await poll(() => form.getByRole('status').textContent()).toContain(
      'Imported “Weekend papers”: 2 items',
    );

    const popup = await b.openPopup();
    const picker = popup.getByRole('combobox', { name: 'Curriculum' });
    await picker.selectOption({ label: 'Weekend papers' });
    await poll(() => popup.locator('.popup__sections').textContent()).toContain('Paper A');
    await popup.close();

    await form.getByRole('button', { name: 'Remove Weekend papers' }).click();
    await options
      .getByRole('dialog', { name: 'Remove this curriculum?' })
      .getByRole('button', { name: 'Remove' })
      .click();
    await poll(() =>
      form.getByRole('list', { name: 'Installed curricula' }).textContent(),
    ).not.toContain('Weekend papers');
    const after = await b.openPopup();
    await poll(() => after.locator('.next-up').textContent()).toContain('Session');
    expect(await after.getByRole('combobox', { name: 'Curriculum' }).count()).toBe(0);
    await after.close();
    await options.close();
  });

  it('leads with the page the learner is on, and marks it done from the popup, the panel or the command', async () => {
    const b = browser!;
    const chapter6 = 'github.com/chiphuyen/dmls-book/blob/main/06_model_development.md';
    const chapter7 = 'github.com/chiphuyen/dmls-book/blob/main/07_model_deployment.md';
    const reading = await b.context.newPage();
    await reading.goto(`https://${chapter6}`);
    // The popup (here a tab) follows the tab used just before it, as the real one the active tab.
    const popup = await b.openPopup();
    const card = popup.getByRole('region', { name: 'This page' });
    await poll(() => card.textContent()).toContain('Chapter 6');
    expect(await card.locator('li').getAttribute('data-resource-key')).toBe(chapter6);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(popup)).toEqual([]);
    }
    await card.getByRole('button', { name: 'Mark this page done' }).click();
    await poll(() => statusOf(b, chapter6)).toBe('done');
    await poll(() => card.textContent()).toContain('Done');
    // The button gave way to "Done": the focus stays in the card.
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('current-page-heading');
    await popup.close();

    // The side panel leads with it too.
    await reading.goto(`https://${chapter7}`);
    const panel = await b.openExtensionPage('sidepanel.html');
    const panelCard = panel.getByRole('region', { name: 'This page' });
    await poll(() => panelCard.textContent()).toContain('Chapter 7');
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(panel)).toEqual([]);
    }

    // What the keyboard command and the context menu run: the same background handler.
    const tabId = await panel.evaluate(async (key) => {
      const { chrome } = globalThis as unknown as ExtensionGlobal;
      const pages = (await chrome.storage.session.get('tab-pages'))['tab-pages'] as Record<
        string,
        string[]
      >;
      return Number(Object.entries(pages).find(([, keys]) => keys.includes(key))?.[0]);
    }, chapter7);
    expect(await callBackground(panel, 'mark-page-done', { tabId })).toEqual([chapter7]);
    await poll(() => statusOf(b, chapter7)).toBe('done');
    await poll(() => panelCard.textContent()).toContain('Done');
    const badgeOf = (id?: number) =>
      b
        .serviceWorker()
        .then((worker) =>
          worker.evaluate(
            (tab) =>
              (globalThis as unknown as ExtensionGlobal).chrome.action.getBadgeText(
                tab === undefined ? {} : { tabId: tab },
              ),
            id,
          ),
        );
    // The badge confirms it on that tab, then shows the overall progress again.
    await poll(() => badgeOf(tabId)).toBe('✓');
    const overall = await badgeOf();
    expect(overall).toMatch(/^\d+%$/);
    await poll(() => badgeOf(tabId)).toBe(overall);

    // Not a curriculum page (the panel's own tab): nothing recorded.
    const before = await stored(b, 'registers');
    const ownTab = await panel.evaluate(
      async () => (await (globalThis as unknown as ExtensionGlobal).chrome.tabs.getCurrent())?.id,
    );
    expect(await callBackground(panel, 'mark-page-done', { tabId: ownTab! })).toEqual([]);
    expect(await stored(b, 'registers')).toEqual(before);
    await panel.close();
    await reading.close();
  });

  it('holds "Next up" still when it is finished, then brings in the next one, announced', async () => {
    const b = browser!;
    const popup = await b.openPopup();
    const card = popup.locator('section.next-up:has(#next-up-heading)');
    const title = card.locator('.next-up__title');
    await poll(() => title.count()).toBe(1);
    const first = (await title.textContent()) ?? '';
    // Tick all of it but the last open item.
    const open = card.locator('li:not([data-state="done"]):not([data-state="skipped"])');
    while ((await open.count()) > 1) {
      const key = (await open.first().getAttribute('data-resource-key')) ?? '';
      await open.first().getByRole('checkbox').check();
      await poll(() => statusOf(b, key)).toBe('done');
    }
    const last = open.first();
    const lastKey = (await last.getAttribute('data-resource-key')) ?? '';
    const checkbox = last.getByRole('checkbox');
    // Space twice: the second lands on the same item (unticked again), not on the next session.
    await checkbox.focus();
    await popup.keyboard.press('Space');
    await popup.keyboard.press('Space');
    await poll(() => statusOf(b, lastKey)).toBe('none');
    expect(await title.textContent()).toBe(first);
    // Once more: the card stays, says what comes next, then brings it in.
    await popup.keyboard.press('Space');
    await poll(() => statusOf(b, lastKey)).toBe('done');
    expect(await title.textContent()).toBe(first);
    expect(await card.locator('.next-up__coming').textContent()).toMatch(/^Finished\. Next: /);
    await poll(() => title.textContent()).not.toBe(first);
    const now = (await title.textContent()) ?? '';
    expect(await card.locator('[aria-live="polite"]').textContent()).toBe(`Next up: ${now}`);
    // The focus was in the card: it goes to the card's heading, not to the page.
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('next-up-heading');
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(popup)).toEqual([]);
    }
    await popup.close();
  });

  it('fits a 300 px wide popup, with a failed sync on one line that expands', async () => {
    const b = browser!;
    const popup = await b.openPopup();
    await popup.setViewportSize({ width: 300, height: 600 });
    const message =
      'The sync server answered 503 Service Unavailable three times in a row; the next try is in 5 minutes.';
    // A failed round, as the sync client records it (sync is off in this profile otherwise).
    await popup.evaluate(
      (status) =>
        (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({
          'sync-status': status,
        }),
      { kind: 'error', at: Date.now(), message, pending: 2, lastSyncedAt: null },
    );
    const status = popup.locator('header .sync-status');
    await poll(() => status.getAttribute('title')).toContain(message);
    const lineHeight = async () =>
      (await status.locator('.sync-status__text').boundingBox())?.height ?? 0;
    expect(await lineHeight()).toBeLessThan(24);
    // Nothing is cut off: the page is no wider than the popup.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      300,
    );
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(popup)).toEqual([]);
    }
    await status.getByRole('button', { name: 'More' }).click();
    await poll(lineHeight).toBeGreaterThan(24);
    expect(await status.getByRole('button', { name: 'Less' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    await popup.evaluate(() =>
      (globalThis as unknown as ExtensionGlobal).chrome.storage.local.remove('sync-status'),
    );
    await popup.close();
  });

  it('paints an imported 1,000-item curriculum from local storage, drawing the rows in view', async () => {
    const b = browser!;
    const sections = Array.from({ length: 50 }, (_, s) => ({
      id: `week-${s}`,
      title: `Week ${s}`,
      items: Array.from({ length: 20 }, (_, i) => ({
        id: `w${s}-i${i}`,
        title: `Reading ${i} of week ${s}`,
        kind: 'reading',
        url: `https://example.com/w${s}-i${i}`,
        resourceKey: `example.com/w${s}-i${i}`,
      })),
      sections: [],
    }));
    const big = { id: 'big', title: 'A thousand readings', source: 'big.md', version: 1, sections };
    // Imported and chosen as the options page and the popup do: by calls to the background.
    const page = await b.openExtensionPage('options.html');
    await callBackground(page, 'import-curriculum', { curriculum: big });
    await callBackground(page, 'set-settings', { activeCurriculumId: 'big' });
    await page.close();
    const popup = await b.openPopup();
    await poll(() => popup.locator('.popup__overall-count').textContent()).toBe(
      '0 of 1000 items finished',
    );
    // Only the rows near the view are drawn (big-list.test.ts scrolls through such a list).
    const rows = popup.locator('.popup__sections .ra-item');
    await poll(() => rows.count()).toBeGreaterThan(5);
    expect(await rows.count()).toBeLessThan(100);
    expect(await rows.first().getAttribute('data-state')).toBe('not-started');
    await popup.close();
  });
});
