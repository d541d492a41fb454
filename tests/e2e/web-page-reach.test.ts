/**
 * What a web page can reach of the extension: nothing. The manifest declares no
 * `externally_connectable` and no `web_accessible_resources`, so Chromium gives web pages no
 * `chrome.runtime` to message the extension with, and no page or file of the extension to load,
 * on any site, including www.youtube.com where the extension's content script runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedExtension, launchExtension } from './support/launch-extension';
import { type StandinServer, startStandinServer } from './support/standin-server';

let server: StandinServer;
let browser: LaunchedExtension;

beforeAll(async () => {
  server = await startStandinServer();
  browser = await launchExtension({ hostMap: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** What the page's own scripts find when they try to reach the extension. */
function probe(extensionId: string) {
  const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
    ?.runtime;
  return fetch(`chrome-extension://${extensionId}/manifest.json`).then(
    () => ({ sendMessage: typeof runtime?.sendMessage, extensionFile: 'loaded' }),
    () => ({ sendMessage: typeof runtime?.sendMessage, extensionFile: 'refused' }),
  );
}

describe('a web page', () => {
  for (const url of ['https://github.com/x/y', 'https://www.youtube.com/watch?v=q7RhT39LV8E']) {
    it(`cannot message the extension or load its files (${new URL(url).host})`, async () => {
      const page = await browser.context.newPage();
      await page.goto(url);
      expect(await page.evaluate(probe, browser.extensionId)).toEqual({
        sendMessage: 'undefined',
        extensionFile: 'refused',
      });
      await page.close();
    });
  }

  it('differs from the extension’s own pages, which can (the probe can tell)', async () => {
    const popup = await browser.openPopup();
    expect(await popup.evaluate(probe, browser.extensionId)).toEqual({
      sendMessage: 'function',
      extensionFile: 'loaded',
    });
  });
});
