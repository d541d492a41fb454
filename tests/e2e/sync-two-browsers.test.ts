/**
 * Two browsers in sync through a real sync server: two separate Chromium profiles with the
 * built extension, and `wrangler dev` with a local D1. The extension is built with that
 * server as its default (`WXT_SYNC_SERVER_URL`), as a release is built with the public one.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualResourceKey } from '../../shared/manual-resource-key';
import { progressSubject } from '../../shared/progress-keys';
import type { Change, Register } from '../../shared/register';
import { deriveProgress } from '../../shared/resource-progress';
import { SLIDES } from './support/bookclub-resources';
import { callBackground } from './support/call-background';
import { ROOT_DIR } from './support/e2e-paths';
import { progressOf, statusOf, stored } from './support/extension-storage';
import { type LaunchedExtension, launchExtension } from './support/launch-extension';
import { poll } from './support/poll';
import { runCommand } from './support/run-command';
import { type StandinServer, startStandinServer } from './support/standin-server';
import { stopServiceWorker } from './support/stop-service-worker';
import { startWranglerDev, type WranglerDev } from './support/wrangler-dev';

/** A build mode of its own (WXT builds into `.output/chrome-mv3-<mode>`), one per test run. */
const MODE = `sync-e2e-${process.pid}`;
const BUILD_DIR = `${ROOT_DIR}.output/chrome-mv3-${MODE}`;
/** Session 1's video. */
const SESSION_1 = 'spFsPbDw7Lg';

/** A copy of the build, so nothing else that builds into .output can change it under the test. */
let extensionDir: string;
let server: WranglerDev;
let standin: StandinServer;
let a: LaunchedExtension;
let b: LaunchedExtension;
let optionsA: Page;
let optionsB: Page;
/** The recovery key A was shown when it started syncing. */
let firstRecoveryKey: string;

/**
 * A browser's options page, where its storage is read: its service worker may be stopped, and
 * reading there would wait for it.
 */
const optionsOf = (browser: LaunchedExtension) => (browser === a ? optionsA : optionsB);

async function outboxSize(browser: LaunchedExtension): Promise<number> {
  const outbox = await stored<Record<string, Change>>(optionsOf(browser), 'outbox');
  return Object.keys(outbox ?? {}).length;
}

/** The word the options page shows for sync. */
const syncWord = (page: Page) =>
  page.locator('.sync-section__status .sync-status__text').textContent();

/** The word the popup (or side panel) shows for sync. */
const headerWord = (page: Page) => page.locator('header .sync-status__text').textContent();

/** The learner clicks "Sync now" on the options page. */
const clickSyncNow = (page: Page) => page.getByRole('button', { name: 'Sync now' }).click();

interface SyncStatus {
  kind: string;
  message: string | null;
  pending: number;
}

/** Runs one sync round in the background (as "Sync now" does) and answers with its status. */
const syncNow = (page: Page) => callBackground(page, 'sync-now', undefined) as Promise<SyncStatus>;

/** The popup's checklist row of an item (not its copy in "Next up"), with every slide shown. */
async function popupRow(browser: LaunchedExtension, key: string) {
  const popup = await browser.openPopup();
  await popup.getByRole('searchbox', { name: 'Filter items by words' }).fill('slides');
  return { popup, row: popup.locator(`.popup__sections li[data-resource-key="${key}"]`) };
}

async function setTicked(browser: LaunchedExtension, key: string, ticked: boolean) {
  const { popup, row } = await popupRow(browser, key);
  const box = row.getByRole('checkbox');
  if (ticked) await box.check();
  else await box.uncheck();
  await poll(() => statusOf(optionsOf(browser), key)).toBe(ticked ? 'done' : 'none');
  await popup.close();
}

async function rowState(browser: LaunchedExtension, key: string) {
  const { popup, row } = await popupRow(browser, key);
  await row.waitFor();
  // The popup reads storage right after it opens; give it that moment.
  await poll(() => row.getAttribute('data-state')).not.toBeNull();
  const state = await row.getAttribute('data-state');
  await popup.close();
  return state;
}

beforeAll(async () => {
  server = await startWranglerDev();
  if (existsSync(BUILD_DIR)) rmSync(BUILD_DIR, { recursive: true, force: true });
  await runCommand(
    process.execPath,
    [`${ROOT_DIR}node_modules/wxt/bin/wxt.mjs`, 'build', '--mode', MODE],
    { cwd: ROOT_DIR, env: { ...process.env, WXT_SYNC_SERVER_URL: server.url } },
  );
  extensionDir = mkdtempSync(join(tmpdir(), 'readalong-sync-extension-'));
  cpSync(BUILD_DIR, extensionDir, { recursive: true });
  rmSync(BUILD_DIR, { recursive: true, force: true });
  standin = await startStandinServer({
    videos: { [SESSION_1]: { title: 'DMLS bookclub session 1', video: 'long' } },
  });
  a = await launchExtension({ extensionDir, hostMap: standin.port });
  b = await launchExtension({ extensionDir, hostMap: standin.port });
  for (const browser of [a, b]) await (await browser.serviceWorker()).evaluate(() => true);
});

afterAll(async () => {
  await a?.close();
  await b?.close();
  await standin?.stop();
  await server?.stop();
  if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
});

describe('sync between two browsers', () => {
  it('starts in A, shows the recovery key once, and B joins with a pairing code', async () => {
    optionsA = await a.openExtensionPage('options.html');
    await optionsA.getByLabel('This browser’s name').fill('Browser A');
    await optionsA.getByRole('button', { name: 'Start syncing' }).click();
    const recoveryKey = optionsA.getByTestId('recovery-key');
    await recoveryKey.waitFor();
    firstRecoveryKey = (await recoveryKey.textContent()) ?? '';
    expect(firstRecoveryKey.length).toBeGreaterThan(10);
    await optionsA.getByRole('button', { name: 'I have saved it' }).click();
    await poll(() => recoveryKey.count()).toBe(0);
    await poll(() => syncWord(optionsA)).toMatch(/^Synced/);

    await optionsA.getByRole('button', { name: 'Add another browser' }).click();
    const code = (await optionsA.getByTestId('pairing-code').textContent()) ?? '';
    expect(code).toMatch(/^[0-9A-Z-]{10,}$/);
    expect(await optionsA.getByTestId('pairing-expiry').textContent()).toMatch(/\d+ min left/);

    optionsB = await b.openExtensionPage('options.html');
    await optionsB.getByLabel('This browser’s name').fill('Browser B');
    await optionsB.getByRole('textbox', { name: /enter the code it shows/ }).fill(code);
    await optionsB.getByRole('button', { name: 'Join' }).click();
    await poll(() => syncWord(optionsB)).toMatch(/^Synced/);

    await optionsA.getByRole('button', { name: 'Refresh' }).click();
    await poll(() => optionsA.getByTestId('sync-device').allTextContents()).toEqual([
      expect.stringContaining('Browser A (this browser)'),
      expect.stringContaining('Browser B'),
    ]);
  });

  it('shows a slide ticked in A as ticked in B after one sync', async () => {
    await setTicked(a, SLIDES[0], true);
    // A syncs by itself shortly after the change.
    await poll(() => outboxSize(a)).toBe(0);
    await clickSyncNow(optionsB);
    await poll(() => statusOf(optionsB, SLIDES[0])).toBe('done');
    expect(await rowState(b, SLIDES[0])).toBe('done');
  });

  it('tracks in B a page linked to an item in A', async () => {
    const paper = manualResourceKey(
      'dmls-bookclub',
      'papers-hidden-technical-debt-in-machine-learning',
    );
    const page = 'https://example.org/papers/hidden-technical-debt.pdf';
    const reading = await a.context.newPage();
    await reading.goto(page);
    const popup = await a.openPopup();
    await popup.getByRole('button', { name: 'Link this page to an item…' }).click();
    await popup.getByRole('searchbox', { name: 'Find an item without a link' }).fill('hidden debt');
    await popup.getByRole('button', { name: /Hidden Technical Debt/ }).click();
    await poll(() => popup.getByRole('region', { name: 'This page' }).textContent()).toContain(
      'Linked by you',
    );
    await popup.close();
    await reading.close();
    await poll(() => outboxSize(a)).toBe(0);
    await clickSyncNow(optionsB);
    // A's open, as linking the page counts as opening it, has come over with the link.
    const opens = () => progressOf(optionsB, paper).then((p) => p?.openCount ?? 0);
    await poll(opens).toBe(1);

    const inB = await b.context.newPage();
    await inB.goto(page);
    await poll(opens).toBe(2);
    const popupB = await b.openPopup();
    const card = popupB.getByRole('region', { name: 'This page' });
    await poll(() => card.textContent()).toContain('Hidden Technical Debt');
    await poll(() => card.textContent()).toContain('Linked by you to example.org/papers/');
    await popupB.close();
    await inB.close();
  });

  it('offers in B to resume a video where A stopped watching it', async () => {
    await callBackground(optionsA, 'video-report', {
      videoId: SESSION_1,
      duration: 1800,
      intervals: [[0, 600]],
      position: 600,
    });
    await poll(() => outboxSize(a)).toBe(0);
    await clickSyncNow(optionsB);

    const video = await b.context.newPage();
    await video.goto(`https://www.youtube.com/watch?v=${SESSION_1}&standin_autoplay=0`);
    const panel = await b.openExtensionPage('sidepanel.html');
    await video.bringToFront();
    await panel.bringToFront();
    await poll(() => panel.getByRole('button', { name: 'Resume at 10:00' }).count()).toBe(1);
    // Opening the video is progress of B's own, sent shortly after: the panel says so.
    await poll(() => headerWord(panel)).toMatch(/^Synced/);
    await panel.close();
    await video.close();
  });

  it('merges offline work: both browsers end the same, and the later action wins', async () => {
    const [x, y, z] = [SLIDES[1], SLIDES[2], SLIDES[3]];
    await a.context.setOffline(true);
    // One popup, open for the whole time A is offline: closing a page drops Chromium's offline
    // emulation for the extension's process, and the worker would think the network is back.
    const { popup, row } = await popupRow(a, x);
    for (const key of [x, y, z]) {
      await popup
        .locator(`.popup__sections li[data-resource-key="${key}"]`)
        .getByRole('checkbox')
        .check();
      await poll(() => statusOf(optionsA, key)).toBe('done');
    }
    expect(await syncNow(optionsA)).toMatchObject({ kind: 'offline', pending: 3 });
    await poll(() => headerWord(popup)).toBe('Offline, 3 changes waiting');
    await poll(() => syncWord(optionsA)).toBe('Offline, 3 changes waiting');
    expect(await row.getAttribute('data-state')).toBe('done');

    // Meanwhile, later by the clock, B ticks x and changes its mind.
    await setTicked(b, x, true);
    await setTicked(b, x, false);
    await clickSyncNow(optionsB);
    await poll(() => outboxSize(b)).toBe(0);

    // The network comes back: A syncs by itself.
    await a.context.setOffline(false);
    await poll(() => headerWord(popup)).toMatch(/^Synced/);
    expect(await outboxSize(a)).toBe(0);
    await popup.close();
    expect(await syncNow(optionsB)).toMatchObject({ kind: 'synced' });
    for (const browser of [a, b]) {
      expect(await rowState(browser, x)).not.toBe('done');
      expect(await rowState(browser, y)).toBe('done');
      expect(await rowState(browser, z)).toBe('done');
    }
  });

  it('loses nothing when A’s service worker is stopped in the middle of a sync', async () => {
    const keys = Array.from({ length: 6000 }, (_, i) => `https://example.com/stress/${i}`);
    await callBackground(optionsA, 'set-status', { resourceKeys: keys, status: 'done' });
    const worker = await a.serviceWorker();
    // "Sync now"; its answer never comes: the worker is stopped before the round ends.
    const cutShort = syncNow(optionsA).catch((error: Error) => error.message);
    // Stop it as soon as the first part has been acknowledged, with more still to send.
    await poll(() => outboxSize(a), 30_000).toBeLessThan(6000);
    await stopServiceWorker(a.context, a.extensionId);
    const left = await outboxSize(a);
    expect(await cutShort).toMatch(
      /message channel closed|Extension context invalidated|Receiving end/,
    );
    expect(left).toBeGreaterThan(0);

    // The worker starts again on the next event (here: the options page asks for the device
    // list), sees the round it did not finish, and finishes it.
    await optionsA.reload();
    await poll(() => outboxSize(a), 30_000).toBe(0);
    expect(await worker.evaluate(() => true)).toBe(true);
    await syncNow(optionsB);
    const registers = (await stored<Record<string, Register>>(optionsB, 'registers')) ?? {};
    const progress = deriveProgress(registers);
    expect(keys.filter((k) => progress.get(progressSubject(k))?.status === 'done')).toHaveLength(
      6000,
    );
  });

  it('signs B out when A removes it, with no button pressed in B, and B keeps its progress', async () => {
    await optionsA.getByRole('button', { name: 'Refresh' }).click();
    await optionsA.getByRole('button', { name: 'Remove Browser B' }).click();
    await optionsA.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await poll(() => optionsA.getByTestId('sync-device').count()).toBe(1);

    // The server closes B's live channel (its options page is open); B's next sync finds out.
    await poll(() => syncWord(optionsB)).toBe('Signed out');
    // The status line and the sign-in form are drawn from two stored values, which may land in
    // two renders: wait for each rather than read it the instant the word changed.
    await poll(() => optionsB.locator('.sync-status__detail').textContent()).toContain(
      'Your progress here is kept',
    );
    await poll(() => optionsB.getByRole('button', { name: 'Start syncing' }).count()).toBe(1);
    const popup = await b.openPopup();
    await poll(() => headerWord(popup)).toBe('Signed out');
    await popup.close();
    expect(await rowState(b, SLIDES[0])).toBe('done');
    expect(await rowState(b, SLIDES[2])).toBe('done');
  });

  it('after A replaces the recovery key, B can join with the new key only', async () => {
    await optionsA.getByRole('button', { name: 'Replace recovery key' }).click();
    const dialog = optionsA.getByRole('dialog');
    expect(await dialog.textContent()).toContain('Your current key stops working at once');
    await dialog.getByRole('button', { name: 'Replace' }).click();
    const shown = optionsA.getByTestId('recovery-key');
    await shown.waitFor();
    const newKey = (await shown.textContent()) ?? '';
    expect(newKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    expect(newKey).not.toBe(firstRecoveryKey);
    await optionsA.getByRole('button', { name: 'I have saved it' }).click();

    const codeField = optionsB.getByRole('textbox', { name: /enter the code it shows/ });
    await codeField.fill(firstRecoveryKey);
    await optionsB.getByRole('button', { name: 'Join' }).click();
    await poll(() => optionsB.getByRole('alert').textContent()).toContain(
      'This code is wrong, expired or already used',
    );
    await codeField.fill(newKey);
    await optionsB.getByRole('button', { name: 'Join' }).click();
    // Joining again pulls the whole account, 6,000 registers of the stress test included.
    await poll(() => syncWord(optionsB), 60_000).toMatch(/^Synced/);
    // A was never signed out: it still syncs.
    expect(await syncNow(optionsA)).toMatchObject({ kind: 'synced' });
  });
});
