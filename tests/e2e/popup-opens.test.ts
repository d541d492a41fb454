import { afterAll, beforeAll, expect, it } from 'vitest';
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

it('opens the popup of the built extension', async () => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  const popup = await browser.openPopup();
  expect(await popup.title()).toBe('Readalong');
  await expect.poll(() => popup.locator('body').textContent()).toContain('Readalong');
});

it('serves github.com from the local stand-in server', async () => {
  const page = await browser.context.newPage();
  await page.goto('https://github.com/x/y');
  expect(page.url()).toBe('https://github.com/x/y');
  expect(await page.title()).toBe('github.com/x/y');
  expect(server.requests.map(({ host, path }) => `${host}${path}`)).toContain('github.com/x/y');
});
