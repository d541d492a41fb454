/**
 * Importing a reading list by its address, from a stand-in raw.githubusercontent.com, through
 * the preview; a tick on an item the book club shares shows in both; "Export everything", then
 * "Import progress" in a fresh profile, gives the same state, and a second import changes
 * nothing. The options page stays axe-clean with the preview and the import summary showing.
 *
 * The host permission for raw.githubusercontent.com is granted by the manifest of a copy of the
 * build (it lists the origin among its `host_permissions`): a headless browser cannot answer
 * the permission prompt, and `permissions.request` resolves at once, without one, for an origin
 * already granted. The request itself is made exactly as for a learner.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe-violations';
import { SLIDES } from './support/bookclub-resources';
import { callBackground } from './support/call-background';
import { EXTENSION_DIR } from './support/e2e-paths';
import { everythingStored, statusOf, stored } from './support/extension-storage';
import { type LaunchedExtension, launchExtension } from './support/launch-extension';
import { poll } from './support/poll';
import { type StandinServer, startStandinServer } from './support/standin-server';

const LIST = `# Reading group

## Week 1

- [Chapter 1 slides](https://${SLIDES[0]})
- [Our notes](notes/week1.md)

## Week 2

- [Chapter 2 slides](https://${SLIDES[1]})
`;

let server: StandinServer;
let extensionDir: string;
let first: LaunchedExtension;
let fresh: LaunchedExtension | undefined;
let exported: string;
const work = mkdtempSync(join(tmpdir(), 'readalong-list-import-'));

const row = (popup: Page, key: string) =>
  popup.locator(`.popup__sections li[data-resource-key="${key}"]`);

beforeAll(async () => {
  server = await startStandinServer({
    routes: {
      'raw.githubusercontent.com/me/reading/HEAD/README.md': {
        contentType: 'text/plain; charset=utf-8',
        body: LIST,
      },
    },
  });
  extensionDir = mkdtempSync(join(tmpdir(), 'readalong-extension-'));
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const manifestPath = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    host_permissions: string[];
  };
  manifest.host_permissions.push('https://raw.githubusercontent.com/*');
  writeFileSync(manifestPath, JSON.stringify(manifest));
  first = await launchExtension({ extensionDir, hostMap: server.port });
});

afterAll(async () => {
  await first?.close();
  await fresh?.close();
  await server?.stop();
  rmSync(extensionDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('a list from anywhere', () => {
  it('imports a GitHub repository’s README by its address, after a preview', async () => {
    const options = await first.openExtensionPage('options.html');
    const curricula = options.locator('.curricula');
    await curricula.getByRole('heading', { name: 'Curricula' }).waitFor();
    // Something of the list is finished already: the preview says so.
    await callBackground(options, 'set-status', { resourceKeys: [SLIDES[0]], status: 'done' });

    const address = curricula.getByRole('textbox', { name: 'Address of a list' });
    await address.fill('https://github.com/me/reading');
    await curricula.getByRole('button', { name: 'Read the list' }).click();
    const preview = curricula.getByRole('region', { name: /Preview: Reading group/ });
    await preview.waitFor();
    expect(await preview.textContent()).toContain(
      '3 items in 2 sections · you have finished 1 of them already',
    );
    expect(await preview.getByRole('list', { name: 'First items' }).textContent()).toContain(
      'Our notes',
    );
    expect(server.requests.map((r) => `${r.host}${r.path}`)).toContain(
      'raw.githubusercontent.com/me/reading/HEAD/README.md',
    );
    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'light' });

    await preview.getByRole('button', { name: 'Import and switch to it' }).click();
    await poll(() => curricula.getByRole('status').textContent()).toContain(
      'Imported “Reading group”: 3 items. The popup shows it now.',
    );
    // The form starts over.
    expect(await address.inputValue()).toBe('');
    const stored = await everythingStored(first);
    expect(stored).toContain('https://github.com/me/reading/blob/HEAD/notes/week1.md');
    expect(stored).toContain('"source":"https://github.com/me/reading"');

    // An address that gives a web page: a sentence that says what to do, nothing touched.
    await address.fill('https://raw.githubusercontent.com/me/reading/HEAD/page.md');
    await curricula.getByRole('button', { name: 'Read the list' }).click();
    await poll(() => curricula.getByRole('alert').textContent()).toContain(
      'This address gives a web page, not a Markdown file.',
    );
    expect(
      await curricula.getByRole('list', { name: 'Installed curricula' }).textContent(),
    ).toContain('Reading group');
  });

  it('ticks an item of the list that the book club shares, and it shows ticked in both', async () => {
    const popup = await first.openPopup();
    await popup.getByRole('combobox', { name: 'Curriculum' }).waitFor();
    expect(
      await popup
        .getByRole('combobox', { name: 'Curriculum' })
        .locator('option:checked')
        .textContent(),
    ).toBe('Reading group');
    await popup.getByRole('searchbox', { name: 'Filter items by words' }).fill('Chapter 2');
    await row(popup, SLIDES[1]).getByRole('checkbox').check();
    await poll(() => statusOf(first, SLIDES[1])).toBe('done');
    await popup.getByRole('combobox', { name: 'Curriculum' }).selectOption({ index: 0 });
    await popup.getByRole('searchbox', { name: 'Filter items by words' }).fill('slides');
    await poll(() => row(popup, SLIDES[1]).getByRole('checkbox').isChecked()).toBe(true);
  });

  it('exports everything, and a fresh profile imports the same state, safely twice', async () => {
    const options = await first.openExtensionPage('options.html');
    const section = options.locator('.progress-files');
    const download = options.waitForEvent('download');
    await section.getByRole('button', { name: 'Export everything' }).click();
    exported = join(work, (await download).suggestedFilename());
    await (await download).saveAs(exported);
    const values = async (where: LaunchedExtension) =>
      Object.fromEntries(
        Object.entries(
          (await stored<Record<string, { value: unknown }>>(where, 'registers')) ?? {},
        ).map(([key, register]) => [key, register.value]),
      );
    const before = await values(first);

    fresh = await launchExtension({ extensionDir, hostMap: server.port });
    const page = await fresh.openExtensionPage('options.html');
    const files = page.locator('.progress-files');
    await files.getByLabel('Import progress (a .json export)').setInputFiles(exported);
    const summary = files.getByRole('region', { name: 'What this import changes' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Adds 1 curriculum: Reading group');
    expect(await axeViolations(page)).toEqual([]);
    await summary.getByRole('button', { name: 'Import progress' }).click();
    await poll(() => files.getByRole('status').textContent()).toBe('Imported.');
    expect(await values(fresh)).toEqual(before);
    expect(await page.getByRole('list', { name: 'Installed curricula' }).textContent()).toContain(
      'Reading group',
    );

    await files.getByLabel('Import progress (a .json export)').setInputFiles(exported);
    await poll(() =>
      files.getByRole('region', { name: 'What this import changes' }).textContent(),
    ).toContain('Nothing: this browser already has all of it.');
  });
});
