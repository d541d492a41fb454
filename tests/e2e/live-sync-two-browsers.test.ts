/**
 * Live sync between two real browsers of one account, one of them Firefox: Debian's Chromium
 * (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi), each with the build
 * of the extension it ships, paired through a real `wrangler dev`. No button is pressed after
 * pairing: a tick reaches the other browser's open popup through the server's
 * poke (the live channel), and a popup opened later through the check it makes on opening.
 * Every wait is a poll with a deadline.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as ChromiumPage } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressSubject } from '../../shared/progress-keys';
import { SLIDES } from './support/bookclub-resources';
import { callBackground, type ExtensionPage } from './support/call-background';
import { ROOT_DIR } from './support/e2e-paths';
import type { ExtensionGlobal } from './support/extension-global';
import { type LaunchedExtension, launchExtension } from './support/launch-extension';
import { type LaunchedFirefox, launchFirefox } from './support/launch-firefox';
import { poll } from './support/poll';
import { runCommand } from './support/run-command';
import { startWranglerDev, type WranglerDev } from './support/wrangler-dev';

/** The targets of "live while open" and "fresh on sight" (issue 14), on loopback. */
const OPEN_POPUP_MS = 3_000;
const FRESH_POPUP_MS = 1_000;

const MODE = `live-e2e-${process.pid}`;

let server: WranglerDev;
let chromium: LaunchedExtension;
let firefox: LaunchedFirefox;
const temporaryDirs: string[] = [];

/** One of the two browsers, seen through what the test does with it. */
interface Side {
  name: string;
  openPopup(): Promise<Page>;
}

/** A popup of either browser: the few things the test does there. */
interface Page {
  /** The driver's page, for `callBackground`. */
  page: ExtensionPage;
  /** Evaluates `fn(arg)` in the page. */
  run<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  tick(key: string): Promise<void>;
  /** The checklist row's state (`done`, `opened`, …), or null while it is not shown. */
  rowState(key: string): Promise<string | null>;
  close(): Promise<void>;
}

const rowSelector = (key: string) => `.popup__sections li[data-resource-key="${key}"]`;
const FILTER = 'input[aria-label="Filter items by words"]';

/** Every slide is a row once the popup is filtered to them (sections show a few rows otherwise). */
function chromiumPopup(page: ChromiumPage): Page {
  return {
    page,
    run: (fn, arg) => page.evaluate(fn as never, arg) as never,
    tick: (key) => page.locator(rowSelector(key)).getByRole('checkbox').check(),
    rowState: (key) => page.locator(rowSelector(key)).getAttribute('data-state', { timeout: 100 }),
    close: () => page.close(),
  };
}

function firefoxPopup(page: FirefoxPage): Page {
  return {
    page,
    run: (fn, arg) => page.evaluate(fn as never, arg) as never,
    tick: (key) => page.click(`${rowSelector(key)} input[type="checkbox"]`),
    rowState: (key) =>
      page.$eval(rowSelector(key), (row) => row.getAttribute('data-state')).catch(() => null),
    close: () => page.close(),
  };
}

const sides: Record<'chromium' | 'firefox', Side> = {
  chromium: {
    name: 'Chromium',
    async openPopup() {
      const page = await chromium.openPopup();
      await page.locator(FILTER).fill('slides');
      return chromiumPopup(page);
    },
  },
  firefox: {
    name: 'Firefox',
    async openPopup() {
      const page = await firefox.openPopup();
      // At once, as Playwright's `fill` does (`type` would press one key after another).
      await page.$eval(FILTER, (input) => {
        (input as HTMLInputElement).value = 'slides';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      return firefoxPopup(page);
    },
  },
};

/** Whether this browser has stored `key` as done and the server has acknowledged everything. */
const sentDone = (page: Page, key: string) =>
  page.run(
    async (statusKey) => {
      const { registers, outbox } = await (
        globalThis as unknown as ExtensionGlobal
      ).chrome.storage.local.get(null);
      const stored = (registers as Record<string, { value: unknown }> | undefined)?.[statusKey];
      return (
        stored?.value === 'done' && Object.keys((outbox as object | undefined) ?? {}).length === 0
      );
    },
    `p/status/${progressSubject(key)}`,
  );

/** The Firefox build, as it ships, in a temporary copy (the Chrome one is the global setup's). */
async function buildForFirefox(): Promise<string> {
  const output = `${ROOT_DIR}.output/firefox-mv3-${MODE}`;
  if (existsSync(output)) rmSync(output, { recursive: true, force: true });
  const { WXT_SYNC_SERVER_URL: _unset, ...env } = process.env;
  await runCommand(
    process.execPath,
    [`${ROOT_DIR}node_modules/wxt/bin/wxt.mjs`, 'build', '-b', 'firefox', '--mode', MODE],
    { cwd: ROOT_DIR, env },
  );
  const copy = mkdtempSync(join(tmpdir(), 'readalong-live-firefox-'));
  temporaryDirs.push(copy);
  cpSync(output, copy, { recursive: true });
  rmSync(output, { recursive: true, force: true });
  return copy;
}

beforeAll(async () => {
  const [started, firefoxDir] = await Promise.all([startWranglerDev(), buildForFirefox()]);
  server = started;
  [chromium, firefox] = await Promise.all([
    launchExtension(),
    launchFirefox({ extensionDir: firefoxDir }),
  ]);
  // Pairing, as the options page does it (its own test is sync-two-browsers.test.ts).
  const a = await sides.chromium.openPopup();
  const b = await sides.firefox.openPopup();
  await callBackground(a.page, 'sync-start', { serverUrl: server.url, deviceName: 'Chromium' });
  const { code } = await callBackground(a.page, 'sync-add-browser');
  await callBackground(b.page, 'sync-join', { serverUrl: server.url, code, deviceName: 'Firefox' });
  await Promise.all([a.close(), b.close()]);
});

afterAll(async () => {
  await chromium?.close();
  await firefox?.close();
  await server?.stop();
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
});

describe.each([
  ['chromium', 'firefox'],
  ['firefox', 'chromium'],
] as const)('a tick in %s, seen in %s', (from, to) => {
  const [slideOpen, slideFresh] =
    from === 'chromium' ? [SLIDES[0], SLIDES[1]] : [SLIDES[2], SLIDES[3]];

  it(`shows in an open popup within ${OPEN_POPUP_MS / 1000} s, with no button pressed`, async () => {
    const watching = await sides[to].openPopup();
    const ticking = await sides[from].openPopup();
    expect(await watching.rowState(slideOpen)).not.toBe('done');
    await ticking.tick(slideOpen);
    const tickedAt = Date.now();
    await poll(() => watching.rowState(slideOpen), OPEN_POPUP_MS).toBe('done');
    expect(Date.now() - tickedAt).toBeLessThan(OPEN_POPUP_MS);
    await Promise.all([watching.close(), ticking.close()]);
  });

  it(`shows in a popup opened after it within ${FRESH_POPUP_MS / 1000} s of opening`, async () => {
    // Nothing of the other browser is open: nothing holds a live channel there.
    const ticking = await sides[from].openPopup();
    await ticking.tick(slideFresh);
    await poll(() => sentDone(ticking, slideFresh)).toBe(true);
    const fresh = await sides[to].openPopup();
    await poll(() => fresh.rowState(slideFresh), FRESH_POPUP_MS).toBe('done');
    // Time since the popup began to load, read in the popup once it shows the tick: an upper
    // bound (the harness's own steps are in it), not counting the tab the harness opens first.
    expect(await fresh.run(() => performance.now(), undefined)).toBeLessThan(FRESH_POPUP_MS);
    await Promise.all([fresh.close(), ticking.close()]);
  });
});
