/**
 * A book-club session watched on the stand-in www.youtube.com, with the built extension:
 * watch progress, in-page navigation, the side panel's session card, resume, notes, and the
 * done tick in the popup.
 *
 * The side panel cannot be opened by a test (Chrome opens it only on a user gesture), so its
 * page, `sidepanel.html`, is opened in a tab of the same window. It then follows the tab used
 * just before it, and afterwards whichever other tab of the window is activated
 * (`bringToFront`), exactly as the real panel follows the active tab.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe-violations';
import { everythingStored, progressOf, stored } from './support/extension-storage';
import { focusedName, tabTo } from './support/keyboard';
import { type LaunchedExtension, launchExtension } from './support/launch-extension';
import { poll } from './support/poll';
import { readmeScreenshot } from './support/readme-screenshot';
import { type StandinServer, startStandinServer } from './support/standin-server';

/** Sessions 1 and 2 of the bundled book club, and a video in no curriculum. */
const SESSION_1 = 'spFsPbDw7Lg';
const SESSION_2 = 'q7RhT39LV8E';
const SESSION_3 = '2ryjXysW6_c';
const SESSION_4 = '2xnYrib3tgI';
/** Served as a live recording: the player knows no duration (`Infinity`). */
const SESSION_5 = 'hPicVDdMbYM';
const ELSEWHERE = 'dQw4w9WgXcQ';
const watchUrl = (id: string, extra = '') => `https://www.youtube.com/watch?v=${id}${extra}`;

let server: StandinServer;
let browser: LaunchedExtension;
let video: Page;
let panel: Page;

/** What is recorded of a YouTube video. */
const videoProgress = (videoId: string) => progressOf(browser, `youtube:${videoId}`);

const player = (page: Page) => page.locator('#movie_player video');
const currentTime = (page: Page) => player(page).evaluate((v: HTMLVideoElement) => v.currentTime);

/** Plays the stand-in video at `rate` until `until` seconds of media time, then pauses. */
async function playUntil(page: Page, until: number, rate = 4) {
  await page.bringToFront();
  await player(page).evaluate((v: HTMLVideoElement, r) => {
    v.defaultPlaybackRate = r;
    v.playbackRate = r;
    return v.play();
  }, rate);
  await poll(() => currentTime(page), 30_000).toBeGreaterThanOrEqual(until);
  await player(page).evaluate((v: HTMLVideoElement) => v.pause());
}

async function waitForMetadata(page: Page) {
  await poll(() =>
    player(page).evaluate((v: HTMLVideoElement) => v.readyState),
  ).toBeGreaterThanOrEqual(1);
}

beforeAll(async () => {
  server = await startStandinServer({
    videos: {
      [SESSION_1]: { title: 'DMLS bookclub session 1', video: 'long' },
      [SESSION_2]: { title: 'DMLS bookclub session 2', video: 'long' },
      [SESSION_3]: { title: 'DMLS bookclub session 3', video: 'long' },
      [SESSION_4]: { title: 'DMLS bookclub session 4', video: 'long' },
      [SESSION_5]: { title: 'DMLS bookclub session 5 (live)', video: 'live' },
      [ELSEWHERE]: { title: 'Not in any curriculum', video: 'short' },
    },
  });
  browser = await launchExtension({ hostMap: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a book-club session on YouTube', () => {
  it('records the part of a session video that was played', async () => {
    video = await browser.context.newPage();
    await video.goto(watchUrl(SESSION_1, '&standin_autoplay=0'));
    await waitForMetadata(video);
    await playUntil(video, 16);
    const stoppedAt = await currentTime(video);

    await poll(async () => (await videoProgress(SESSION_1))?.video?.position).toBeCloseTo(
      stoppedAt,
      0,
    );
    const progress = await videoProgress(SESSION_1);
    expect(progress?.video?.duration).toBeCloseTo(60, 0);
    expect(progress?.video?.intervals).toHaveLength(1);
    expect(progress?.video?.intervals[0]?.[0]).toBe(0);
    expect(progress?.video?.intervals[0]?.[1]).toBeGreaterThanOrEqual(15.5);
    expect(progress?.status).toBe('none');
  });

  it('gives progress to the right video after an in-page navigation', async () => {
    const before = await videoProgress(SESSION_1);
    await video.locator(`a[data-spa][href*="${SESSION_2}"]`).click();
    await poll(() => video.url()).toBe(watchUrl(SESSION_2));
    await waitForMetadata(video);
    await playUntil(video, 12);

    await poll(
      async () => (await videoProgress(SESSION_2))?.video?.furthest ?? 0,
    ).toBeGreaterThanOrEqual(11);
    const second = await videoProgress(SESSION_2);
    expect(second?.video?.intervals[0]?.[0]).toBe(0);
    // Session 1 kept exactly what it had: none of session 2's playing went to it.
    const first = await videoProgress(SESSION_1);
    expect(first?.video?.intervals).toEqual(before?.video?.intervals);
    expect(first?.video?.position).toBe(before?.video?.position);
  });

  it('never records a video that is in no curriculum', async () => {
    await video.evaluate((id) => window.standin.navigate(`/watch?v=${id}`), ELSEWHERE);
    await waitForMetadata(video);
    await playUntil(video, 6);
    // Back to a session video: once its progress arrives, the other one would have too.
    const before = (await videoProgress(SESSION_2))?.video?.furthest ?? 0;
    await video.evaluate((id) => window.standin.navigate(`/watch?v=${id}`), SESSION_2);
    await waitForMetadata(video);
    await video.evaluate((v) => {
      (document.querySelector('#movie_player video') as HTMLVideoElement).currentTime = v;
    }, before);
    await playUntil(video, before + 4);
    await poll(async () => (await videoProgress(SESSION_2))?.video?.furthest ?? 0).toBeGreaterThan(
      before + 2,
    );
    expect(await everythingStored(browser)).not.toContain(ELSEWHERE);
  });

  it('shows the session card of the tab it follows, and follows the active tab', async () => {
    panel = await browser.openExtensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 400, height: 900 });
    const card = panel.locator('article.card');
    await poll(() => card.getAttribute('data-resource-key')).toBe(`youtube:${SESSION_2}`);
    const text = await card.textContent();
    expect(text).toContain('Session 2');
    expect(text).toContain('Chapter 2: Introduction to ML Systems Design');
    expect(text).toContain('Presented by group 6 (Pablo Discobar)');
    expect(
      await card.locator('a[href*="slides/chapter2-20240420-pablo-discobar.pdf"]').count(),
    ).toBe(1);
    expect(await card.locator('a[href$="02_intro_ml_system_design.md"]').textContent()).toContain(
      'Chapter 2: Introduction to ML Systems Design',
    );
    expect(Number(await card.locator('.watched-bar').getAttribute('data-spans'))).toBeGreaterThan(
      0,
    );
    expect(await axeViolations(panel)).toEqual([]);

    // Another tab becomes active: the panel shows the week's session and the summary instead.
    const other = await browser.context.newPage();
    await other.goto('https://github.com/chiphuyen/dmls-book');
    await panel.bringToFront();
    await other.bringToFront();
    await panel.bringToFront();
    await poll(() => panel.locator('#summary-heading').count()).toBe(1);
    // Beside any tab: the session of the week (or the next one), with its date and group.
    expect(await panel.locator('.next-up').textContent()).toContain('Group');
    expect(await axeViolations(panel)).toEqual([]);
    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(panel)).toEqual([]);
    await panel.emulateMedia({ colorScheme: 'light' });
    await other.close();
    await video.bringToFront();
    await panel.bringToFront();
    await poll(() => card.getAttribute('data-resource-key')).toBe(`youtube:${SESSION_2}`);
  });

  it('offers to resume where the learner left off, and one click seeks there', async () => {
    const saved = (await videoProgress(SESSION_1))?.video?.position ?? 0;
    expect(saved).toBeGreaterThan(10);
    await video.goto(watchUrl(SESSION_1, '&standin_autoplay=0'));
    await waitForMetadata(video);
    await panel.bringToFront();
    const resume = panel.getByRole('button', { name: /^Resume at 0:1\d$/ });
    await poll(() => resume.count()).toBe(1);
    expect(await currentTime(video)).toBeLessThan(1);
    expect(await axeViolations(panel)).toEqual([]);
    // With the keyboard: Tab to it, Enter; once the video is there the offer goes, and the
    // focus stays in the recording's section rather than falling back to the top.
    await tabTo(panel, /^Resume at /);
    await panel.keyboard.press('Enter');
    await poll(() => currentTime(video)).toBeCloseTo(saved, 0);
    await poll(() => resume.count()).toBe(0);
    await poll(() => panel.evaluate(() => document.activeElement?.id)).toBe(
      'video-progress-heading',
    );
  });

  it('opens a video from the popup at its resume point, or from the start', async () => {
    const saved = Math.floor((await videoProgress(SESSION_1))?.video?.position ?? 0);
    expect(saved).toBeGreaterThan(10);
    const popup = await browser.openPopup();
    const item = popup.locator(`li[data-resource-key="youtube:${SESSION_1}"]`).first();
    const title = item.locator('a.ra-item__title');
    await poll(() => title.getAttribute('href')).toContain(`t=${saved}s`);
    expect(await item.textContent()).toMatch(/Resumes at 0:\d\d/);
    expect(await axeViolations(popup)).toEqual([]);

    let opened = browser.context.waitForEvent('page');
    await title.click();
    const resumed = await opened;
    await waitForMetadata(resumed);
    await poll(() => currentTime(resumed)).toBeGreaterThanOrEqual(saved);
    await resumed.close();

    opened = browser.context.waitForEvent('page');
    await item.getByRole('link', { name: /^From the start: / }).click();
    const fromStart = await opened;
    await waitForMetadata(fromStart);
    await player(fromStart).evaluate((v: HTMLVideoElement) => v.pause());
    expect(await currentTime(fromStart)).toBeLessThan(saved - 5);
    await fromStart.close();
    await popup.close();
    // The side panel follows the session's tab again.
    await video.bringToFront();
  });

  it('adds a note at the current time, and clicking the note seeks there', async () => {
    await player(video).evaluate((v: HTMLVideoElement) => {
      v.currentTime = 30;
    });
    await playUntil(video, 38);
    await player(video).evaluate((v: HTMLVideoElement) => {
      v.currentTime = 34;
    });
    await panel.bringToFront();
    await poll(() => panel.locator('.video-now').textContent()).toBe('paused at 0:34');
    await panel.locator('#note-draft').fill('Batch vs online prediction');
    await panel.getByRole('button', { name: 'Add note at 0:34' }).click();
    const note = panel.locator('.note', { hasText: 'Batch vs online prediction' });
    await poll(() => note.count()).toBe(1);
    expect(await note.locator('.note__time').textContent()).toBe('0:34');

    await player(video).evaluate((v: HTMLVideoElement) => {
      v.currentTime = 5;
    });
    await note.getByRole('button', { name: 'Go to 0:34' }).click();
    await poll(() => currentTime(video)).toBeCloseTo(34, 0);

    // Edited, a second note added, that one deleted: all kept in progress.
    await note.getByRole('button', { name: /^Edit/ }).click();
    await panel.locator('.note__text-input').fill('Batch vs online prediction: latency');
    await panel.getByRole('button', { name: 'Save' }).click();
    await poll(async () =>
      (await videoProgress(SESSION_1))?.notes.map((n) => [n.seconds, n.text]),
    ).toEqual([[34, 'Batch vs online prediction: latency']]);
    await panel.locator('#note-draft').fill('To delete');
    await panel.getByRole('button', { name: /^Add note at/ }).click();
    await poll(async () => (await videoProgress(SESSION_1))?.notes.length).toBe(2);
    await panel
      .locator('.note', { hasText: 'To delete' })
      .getByRole('button', { name: /^Delete/ })
      .click();
    await panel.locator('dialog').getByRole('button', { name: 'Delete' }).click();
    await poll(async () => (await videoProgress(SESSION_1))?.notes.length).toBe(1);
  });

  it('shows the session, what was watched and the notes on one screen (the README screenshot)', async () => {
    await panel.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    const card = panel.locator('article.card');
    expect(await card.getAttribute('data-resource-key')).toBe(`youtube:${SESSION_1}`);
    expect(await card.locator('.card__session').textContent()).toBe('Session 1');
    expect(await card.locator('.card__title').textContent()).toBe(
      'Chapter 1: Overview of ML Systems',
    );
    // Two stretches watched (from the start, and around the note), shown as the bar's spans.
    expect(Number(await card.locator('.watched-bar').getAttribute('data-spans'))).toBe(2);
    expect(await card.locator('.video-facts').textContent()).toMatch(/^\d+% watched · /);
    expect(await panel.locator('.note__text').allTextContents()).toEqual([
      'Batch vs online prediction: latency',
    ]);
    // All of it fits in the panel's 900 px, so the picture shows the whole panel.
    const height = await panel.evaluate(() =>
      Math.ceil(document.querySelector('.panel__main')!.getBoundingClientRect().bottom),
    );
    expect(height).toBeLessThanOrEqual(900);
    await readmeScreenshot(panel, 'side-panel', { clip: { x: 0, y: 0, width: 400, height } });
  });

  it('adds (Ctrl+Enter), edits and deletes notes with the keyboard alone', async () => {
    await player(video).evaluate((v: HTMLVideoElement) => {
      v.currentTime = 20;
    });
    await panel.bringToFront();
    await poll(() => panel.locator('.video-now').textContent()).toBe('paused at 0:20');
    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(panel, /^New note at /);
    await panel.keyboard.type('Feature stores');
    // Ctrl+Enter in the note adds it, as its button does.
    await panel.keyboard.press('Control+Enter');
    const note = panel.locator('.note', { hasText: 'Feature stores' });
    await poll(() => note.count()).toBe(1);
    const time = (await note.locator('.note__time').textContent()) ?? '';

    // Edit: the focus moves into the form; Escape leaves it unchanged, back on Edit.
    const edit = new RegExp(`^Edit the note at ${time}$`);
    await tabTo(panel, edit);
    await panel.keyboard.press('Enter');
    await poll(() => panel.evaluate(() => document.activeElement?.className)).toContain(
      'note__text-input',
    );
    expect(await axeViolations(panel)).toEqual([]);
    await panel.keyboard.press('Escape');
    await poll(() => focusedName(panel)).toMatch(edit);
    await panel.keyboard.press('Enter');
    await poll(() => panel.evaluate(() => document.activeElement?.className)).toContain(
      'note__text-input',
    );
    await panel.keyboard.press('End');
    await panel.keyboard.type(' and their freshness');
    await tabTo(panel, /^Save$/);
    await panel.keyboard.press('Enter');
    await poll(async () => (await videoProgress(SESSION_1))?.notes.map((n) => n.text)).toContain(
      'Feature stores and their freshness',
    );
    await poll(() => focusedName(panel)).toMatch(edit);

    // Delete: Cancel has the focus first; the focus lands on the notes' heading afterwards.
    await tabTo(panel, new RegExp(`^Delete the note at ${time}$`));
    await panel.keyboard.press('Enter');
    const dialog = panel.getByRole('dialog', { name: 'Delete this note?' });
    await dialog.waitFor();
    expect(await focusedName(panel)).toBe('Cancel');
    expect(await axeViolations(panel)).toEqual([]);
    await panel.keyboard.press('Tab');
    await panel.keyboard.press('Enter');
    await poll(async () =>
      (await videoProgress(SESSION_1))?.notes.map((n) => n.text),
    ).not.toContain('Feature stores and their freshness');
    await poll(() =>
      panel.evaluate(() => `${document.activeElement?.tagName}#${document.activeElement?.id}`),
    ).toBe('H3#notes-heading');
  });

  it('opens the real side panel from the popup’s button', async () => {
    const popup = await browser.openPopup();
    await popup.getByRole('heading', { name: 'Readalong' }).waitFor();
    const panelOpened = async () => {
      const cdp = await browser.context.newCDPSession(video);
      const { targetInfos } = (await cdp.send('Target.getTargets')) as {
        targetInfos: { type: string; url: string }[];
      };
      await cdp.detach();
      // The panel page itself is open in a tab too: count the side panel's own page.
      return targetInfos.filter((t) => t.url.endsWith('/sidepanel.html')).length;
    };
    const before = await panelOpened();
    const closed = popup.waitForEvent('close');
    await popup.getByRole('button', { name: 'Open side panel' }).click();
    await closed;
    await poll(panelOpened).toBe(before + 1);
  });

  it('marks the session done in the popup once 90% of it has been watched', async () => {
    expect((await videoProgress(SESSION_1))?.status).toBe('none');
    await player(video).evaluate((v: HTMLVideoElement) => {
      v.currentTime = 0;
    });
    await playUntil(video, 59.5, 8);
    await poll(async () => (await videoProgress(SESSION_1))?.status).toBe('done');
    expect((await videoProgress(SESSION_1))?.video?.fraction).toBeGreaterThanOrEqual(0.9);

    const popup = await browser.openPopup();
    const item = popup.locator(`li[data-resource-key="youtube:${SESSION_1}"]`).first();
    await poll(() => item.getAttribute('data-state')).toBe('done');
    expect(await item.locator('input[type="checkbox"]').isChecked()).toBe(true);
  });

  it('resumes by itself once the option is on, and saves the done threshold', async () => {
    const saved = (await videoProgress(SESSION_2))?.video?.position ?? 0;
    expect(saved).toBeGreaterThan(10);
    const options = await browser.openExtensionPage('options.html');
    await options.getByLabel(/Resume a video where I left off/).check();
    await options.locator('#done-threshold').fill('75');
    await poll(() => stored(browser, 'registers')).toMatchObject({
      's/autoResume': { value: true },
      's/doneThreshold': { value: 0.75 },
    });
    await options.close();

    await video.goto(watchUrl(SESSION_2, '&standin_autoplay=0'));
    await poll(() => currentTime(video)).toBeCloseTo(saved, 0);
    // A start time in the link wins over the saved position.
    await video.goto(watchUrl(SESSION_2, '&t=5&standin_autoplay=0'));
    await waitForMetadata(video);
    await poll(() => currentTime(video)).toBe(5);
  });

  it('ignores the time and the length of an ad played in the same player', async () => {
    const page = await browser.context.newPage();
    await page.goto(watchUrl(SESSION_3, '&t=20&standin_ad=3'));
    await poll(() => page.locator('#movie_player.ad-showing').count()).toBe(0);
    await waitForMetadata(page);
    await poll(() => currentTime(page)).toBeGreaterThanOrEqual(20);
    await playUntil(page, 28);
    await poll(async () => (await videoProgress(SESSION_3))?.video?.intervals).toHaveLength(1);
    const progress = await videoProgress(SESSION_3);
    expect(progress?.video?.duration).toBeCloseTo(60, 0);
    expect(progress?.video?.intervals[0]?.[0]).toBeGreaterThanOrEqual(19.5);
    expect(progress?.video?.intervals[0]?.[1]).toBeGreaterThanOrEqual(27.5);
    await page.close();
  });

  it('reports what was watched when the tab is closed while playing', async () => {
    const page = await browser.context.newPage();
    await page.goto(watchUrl(SESSION_4, '&standin_autoplay=0'));
    await waitForMetadata(page);
    await page.bringToFront();
    await player(page).evaluate((v: HTMLVideoElement) => {
      v.playbackRate = 4;
      return v.play();
    });
    await poll(() => currentTime(page)).toBeGreaterThanOrEqual(8);
    const closedAt = await currentTime(page);
    await page.close();
    await poll(
      async () => (await videoProgress(SESSION_4))?.video?.furthest ?? 0,
    ).toBeGreaterThanOrEqual(closedAt - 0.5);
  });

  it('records a live recording of unknown length, and the side panel says so', async () => {
    const page = await browser.context.newPage();
    await page.goto(watchUrl(SESSION_5, '&standin_autoplay=0'));
    await waitForMetadata(page);
    expect(await player(page).evaluate((v: HTMLVideoElement) => v.duration)).toBe(Infinity);
    await playUntil(page, 8);
    await poll(
      async () => (await videoProgress(SESSION_5))?.video?.furthest ?? 0,
    ).toBeGreaterThanOrEqual(7.5);
    const progress = await videoProgress(SESSION_5);
    expect(progress?.video?.duration).toBeNull();
    expect(progress?.video?.intervals).toHaveLength(1);
    expect(progress?.video?.fraction).toBe(0);
    expect(progress?.status).toBe('none');

    // The panel follows the tab used last (the live one) and draws what is known so far.
    await panel.bringToFront();
    const card = panel.locator('article.card');
    await poll(() => card.getAttribute('data-resource-key')).toBe(`youtube:${SESSION_5}`);
    expect(await card.locator('.video-facts').textContent()).toContain('Length not known yet');
    expect(Number(await card.locator('.watched-bar').getAttribute('data-spans'))).toBe(1);
    await page.close();
  });
});

declare global {
  interface Window {
    standin: { navigate(url: string): void; showAd(seconds: number): void };
  }
}
