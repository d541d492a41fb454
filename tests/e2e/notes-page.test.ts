/**
 * The notes page of the built extension: reached from the options page and the popup, it lists
 * every note by curriculum and session, narrows them as the learner types (matches marked),
 * opens a note's video on the stand-in YouTube at the note's moment, and exports the notes
 * shown as Markdown; axe-clean in light and dark, and usable 320 px wide. The same notes show
 * in the book club's Markdown checklist, exported from the options page.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe-violations';
import { SLIDES } from './support/bookclub-resources';
import { callBackground } from './support/call-background';
import { type LaunchedExtension, launchExtension } from './support/launch-extension';
import { poll } from './support/poll';
import { readmeScreenshot } from './support/readme-screenshot';
import { type StandinServer, startStandinServer } from './support/standin-server';

/** Sessions 1 and 2 of the bundled book club. */
const SESSION_1 = 'spFsPbDw7Lg';
const SESSION_2 = 'q7RhT39LV8E';

let server: StandinServer;
let browser: LaunchedExtension;
let notes: Page;

beforeAll(async () => {
  server = await startStandinServer({
    videos: {
      [SESSION_1]: { title: 'DMLS bookclub session 1', video: 'long' },
      [SESSION_2]: { title: 'DMLS bookclub session 2', video: 'long' },
    },
  });
  browser = await launchExtension({ hostMap: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const status = () => notes.getByRole('status').textContent();

describe('the notes page', () => {
  it('lists every note by curriculum and session, axe-clean light and dark, 320 px wide', async () => {
    const options = await browser.openExtensionPage('options.html');
    for (const [videoId, seconds, text] of [
      [SESSION_1, 42, 'Feature stores: where training and serving meet'],
      [SESSION_1, 12, 'Why ML projects fail in production'],
      [SESSION_2, 30, 'Requirements: reliability, scalability, maintainability'],
    ] as const) {
      await callBackground(options, 'add-note', {
        resourceKey: `youtube:${videoId}`,
        seconds,
        text,
      });
    }
    await options.getByRole('link', { name: 'Your notes' }).click();
    notes = options;
    await notes.getByRole('heading', { name: 'Your notes', level: 1 }).waitFor();
    await poll(status).toBe('3 notes');
    expect(await notes.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Designing Machine Learning Systems — book club',
    ]);
    expect(await notes.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Book club sessions › Session 1 — Chapter 1: Overview of ML Systems',
      'Book club sessions › Session 2 — Chapter 2: Introduction to ML Systems Design',
    ]);
    expect(await notes.locator('.notes-page__note').allTextContents()).toEqual([
      '0:12Why ML projects fail in production',
      '0:42Feature stores: where training and serving meet',
      '0:30Requirements: reliability, scalability, maintainability',
    ]);

    expect(await axeViolations(notes)).toEqual([]);
    await notes.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(notes)).toEqual([]);
    await notes.emulateMedia({ colorScheme: 'light' });

    await notes.setViewportSize({ width: 320, height: 640 });
    expect(await notes.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    expect(await axeViolations(notes)).toEqual([]);
    await notes.setViewportSize({ width: 800, height: 560 });
    await readmeScreenshot(notes, 'notes');
    await notes.setViewportSize({ width: 1000, height: 800 });
  });

  it('narrows the notes as I type, marking what matched', async () => {
    const search = notes.getByRole('searchbox', { name: 'Search notes by words' });
    await search.fill('FEATURE serv');
    await poll(status).toBe('1 of 3 notes match');
    expect(await notes.locator('mark').allTextContents()).toEqual(['Feature', 'serv']);
    expect(await notes.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Book club sessions › Session 1 — Chapter 1: Overview of ML Systems',
    ]);
    expect(await axeViolations(notes)).toEqual([]);
    await notes.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(notes)).toEqual([]);
    await notes.emulateMedia({ colorScheme: 'light' });

    await search.fill('nothing like this');
    await poll(status).toBe('0 of 3 notes match');
    expect(await notes.locator('.notes-page__note').count()).toBe(0);
    await search.fill('feature');
    await poll(status).toBe('1 of 3 notes match');
  });

  it('exports the notes shown as Markdown', async () => {
    const download = notes.waitForEvent('download');
    await notes.getByRole('button', { name: 'Export this note as Markdown' }).click();
    const file = await (await download).path();
    expect((await download).suggestedFilename()).toBe('readalong-notes.md');
    expect(await readFile(file, 'utf8')).toBe(
      [
        '# Notes',
        '',
        '## Designing Machine Learning Systems — book club',
        '',
        '### Book club sessions › Session 1 — Chapter 1: Overview of ML Systems',
        '',
        `#### [YouTube](https://www.youtube.com/watch?v=${SESSION_1})`,
        '',
        `- [0:42](https://www.youtube.com/watch?v=${SESSION_1}&t=42s) Feature stores: where training and serving meet`,
        '',
      ].join('\n'),
    );
  });

  it('shows the notes in the book club’s Markdown checklist, under their video', async () => {
    const options = await browser.openExtensionPage('options.html');
    const section = options.locator('.progress-files');
    await section.getByRole('combobox', { name: 'Checklist of' }).selectOption({
      label: 'Designing Machine Learning Systems — book club',
    });
    const download = options.waitForEvent('download');
    await section.getByRole('button', { name: 'Export as Markdown' }).click();
    expect((await download).suggestedFilename()).toBe(
      'designing-machine-learning-systems-book-club.md',
    );
    const markdown = await readFile(await (await download).path(), 'utf8');
    // The book club's first two sessions, in full.
    const start = [
      '# Designing Machine Learning Systems — book club',
      '',
      '0 of 105 finished.',
      '',
      '## Book club sessions',
      '',
      '### Session 1 — Chapter 1: Overview of ML Systems',
      '',
      `- [ ] [Slides](https://${SLIDES[0]})`,
      `- [ ] [YouTube](https://www.youtube.com/watch?v=${SESSION_1})`,
      `  - [0:12](https://www.youtube.com/watch?v=${SESSION_1}&t=12s) Why ML projects fail in production`,
      `  - [0:42](https://www.youtube.com/watch?v=${SESSION_1}&t=42s) Feature stores: where training and serving meet`,
      '',
      '### Session 2 — Chapter 2: Introduction to ML Systems Design',
      '',
      `- [ ] [Slides](https://${SLIDES[1]})`,
      `- [ ] [YouTube](https://www.youtube.com/watch?v=${SESSION_2})`,
      `  - [0:30](https://www.youtube.com/watch?v=${SESSION_2}&t=30s) Requirements: reliability, scalability, maintainability`,
      '',
    ].join('\n');
    expect(markdown.slice(0, start.length)).toBe(start);
    await options.close();
  });

  it('opens a note’s video on YouTube at the note’s moment', async () => {
    const opened = browser.context.waitForEvent('page');
    await notes.getByRole('link', { name: '0:42, YouTube' }).click();
    const video = await opened;
    expect(video.url()).toBe(`https://www.youtube.com/watch?v=${SESSION_1}&t=42s`);
    const player = video.locator('#movie_player video');
    await poll(() =>
      player.evaluate((v: HTMLVideoElement) => v.currentTime),
    ).toBeGreaterThanOrEqual(42);
    await video.close();
  });

  it('is a click away in the popup’s footer', async () => {
    const popup = await browser.openPopup();
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('link', { name: 'Notes', exact: true }).click();
    const page = await opened;
    await page.getByRole('heading', { name: 'Your notes', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/notes.html');
    await page.close();
    await popup.close();
  });
});
