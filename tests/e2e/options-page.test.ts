/**
 * The options page of the built extension: no axe-core violations (light and dark, with an
 * error and a dialog showing), usable with the keyboard alone, and the "Allow Readalong on
 * YouTube" notice when the host permission is missing, as a Firefox MV3 install can find it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe-violations';
import { EXTENSION_DIR } from './support/e2e-paths';
import type { ExtensionGlobal } from './support/extension-global';
import { stored } from './support/extension-storage';
import { tabTo } from './support/keyboard';
import { type LaunchedExtension, launchExtension } from './support/launch-extension';
import { poll } from './support/poll';

let browser: LaunchedExtension;
let options: Page;

beforeAll(async () => {
  browser = await launchExtension();
});

afterAll(async () => {
  await browser?.close();
});

describe('the options page', () => {
  it('passes an axe-core check in light and dark, with an error and a dialog showing', async () => {
    options = await browser.openExtensionPage('options.html');
    await options.getByRole('heading', { name: 'Curricula' }).waitFor();
    // Chrome grants the YouTube host permission at install: nothing to ask for.
    expect(await options.getByRole('button', { name: /Allow Readalong on YouTube/ }).count()).toBe(
      0,
    );
    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'light' });

    const curricula = options.locator('.curricula');
    await curricula.getByRole('button', { name: 'Preview' }).click();
    await poll(() => curricula.getByRole('alert').count()).toBe(1);
    expect(await axeViolations(options)).toEqual([]);

    await curricula
      .getByRole('textbox', { name: 'Or paste the Markdown' })
      .fill('# Papers\n\n- [Attention](https://arxiv.org/abs/1706.03762)\n');
    await curricula.getByRole('button', { name: 'Preview' }).click();
    await curricula.getByRole('button', { name: 'Import', exact: true }).click();
    await poll(() => curricula.getByRole('status').textContent()).toContain('Imported “Papers”');
    await curricula.getByRole('button', { name: 'Remove Papers' }).click();
    const dialog = options.getByRole('dialog', { name: 'Remove this curriculum?' });
    await dialog.waitFor();
    expect(await axeViolations(options)).toEqual([]);
    await options.keyboard.press('Escape');
    await poll(() => dialog.count()).toBe(0);
    expect(
      await curricula.getByRole('list', { name: 'Installed curricula' }).textContent(),
    ).toContain('Papers');
  });

  it('changes the video settings with the keyboard alone', async () => {
    await options.reload();
    await options.getByRole('heading', { name: 'Videos' }).waitFor();
    await tabTo(options, /^A video counts as done once you have watched$/);
    await options.keyboard.press('ArrowLeft');
    await tabTo(options, /^Resume a video where I left off/);
    await options.keyboard.press('Space');
    await poll(() => stored(browser, 'registers')).toMatchObject({
      's/doneThreshold': { value: 0.85 },
      's/autoResume': { value: true },
    });
    expect(await options.getByRole('status').allTextContents()).toContain(
      'Saved: videos resume by themselves.',
    );
  });
});

describe('my schedule and reminders', () => {
  it('follows the club at my own pace, and reminds me the day before a session', async () => {
    const page = await browser.openExtensionPage('options.html');
    const form = page.locator('.schedule-form');
    await form.getByRole('radio', { name: 'At my own pace' }).check();
    // Session 1 tomorrow, one a week: its reminder is due today.
    const tomorrow = await page.evaluate(() => {
      const d = new Date();
      d.setDate(d.getDate() + 1);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    });
    await form.getByLabel('First session on').fill(tomorrow);
    await form.getByLabel('then one every').fill('7');
    await form.getByRole('button', { name: /Save schedule/ }).click();
    await poll(() => form.getByRole('status').textContent()).toContain('Saved: session 1 on');
    await poll(() => stored(browser, 'registers')).toMatchObject({
      's/pace/dmls-bookclub': { value: { kind: 'own-pace', start: tomorrow, everyDays: 7 } },
    });

    // Reminders at midnight: today's (for tomorrow's session) is already due.
    const reminders = page.locator('.reminder-settings');
    await reminders.getByRole('checkbox', { name: /Remind me the day before/ }).check();
    await reminders.getByRole('combobox', { name: 'at' }).selectOption('0');
    await poll(() => reminders.getByRole('status').textContent()).toContain('Saved: reminders at');
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);

    const worker = await browser.serviceWorker();
    const alarm = () =>
      worker.evaluate(() =>
        (globalThis as unknown as ExtensionGlobal).chrome.alarms.get('session-reminder'),
      );
    // Armed for session 2's reminder, the day before it.
    await poll(async () => (await alarm())?.scheduledTime ?? 0).toBeGreaterThan(Date.now());

    // The alarm fires as Chrome fires it: its handler shows the reminder of tomorrow's session.
    await worker.evaluate(() =>
      (globalThis as unknown as ExtensionGlobal).chrome.alarms.create('session-reminder', {
        when: Date.now() + 50,
      }),
    );
    const shown = () =>
      worker.evaluate(async () =>
        Object.keys(await (globalThis as unknown as ExtensionGlobal).chrome.notifications.getAll()),
      );
    await poll(shown).toEqual([
      expect.stringMatching(/^session-reminder:dmls-bookclub\/book-club-sessions\/session-1-/),
    ]);
    // And re-armed for the next one.
    await poll(async () => (await alarm())?.scheduledTime ?? 0).toBeGreaterThan(Date.now());
  });
});

describe('without the YouTube host permission (as a Firefox MV3 install can be)', () => {
  let copy: string;
  let withoutAccess: LaunchedExtension;

  beforeAll(async () => {
    // The same build, with YouTube among the optional host permissions: not granted at install.
    copy = mkdtempSync(join(tmpdir(), 'readalong-no-youtube-'));
    cpSync(EXTENSION_DIR, copy, { recursive: true });
    const manifestPath = join(copy, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      host_permissions: string[];
      optional_host_permissions: string[];
    };
    manifest.optional_host_permissions.push(...manifest.host_permissions);
    manifest.host_permissions = [];
    writeFileSync(manifestPath, JSON.stringify(manifest));
    withoutAccess = await launchExtension({ extensionDir: copy });
  });

  afterAll(async () => {
    await withoutAccess?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('offers to allow Readalong on YouTube, on the options page and from the popup', async () => {
    const page = await withoutAccess.openExtensionPage('options.html');
    const allow = page.getByRole('button', { name: 'Allow Readalong on YouTube' });
    await allow.waitFor();
    expect(
      await page.getByRole('heading', { name: 'Readalong is not allowed on YouTube' }).count(),
    ).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    const popup = await withoutAccess.openPopup();
    await popup.getByRole('button', { name: 'Allow on YouTube…' }).waitFor();
    expect(await axeViolations(popup)).toEqual([]);
  });
});
