/**
 * "I am reading this here": the learner links the page they are on (a stand-in page, no item
 * of the curriculum) to a paper of the book club known only by its title, from the popup. From
 * then on the page is that item: opening it counts, the current-page card leads with it and
 * marks it done, and "Unlink" makes the page private again. Built extension, in Chromium.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualResourceKey } from '../../shared/manual-resource-key';
import type { Register } from '../../shared/register';
import { pageLinkKey } from '../../shared/register-keys';
import { axeViolations } from './support/axe-violations';
import { SLIDES } from './support/bookclub-resources';
import { callBackground } from './support/call-background';
import { everythingStored, progressOf, statusOf, stored } from './support/extension-storage';
import { type LaunchedExtension, launchExtension } from './support/launch-extension';
import { poll } from './support/poll';
import { type StandinServer, startStandinServer } from './support/standin-server';

const PAPER = manualResourceKey(
  'dmls-bookclub',
  'papers-hidden-technical-debt-in-machine-learning',
);
const PAGE = 'https://example.org/papers/hidden-technical-debt.pdf';

let server: StandinServer;
let profile: string;
let browser: LaunchedExtension;

const linkOf = async () =>
  (await stored<Record<string, Register>>(browser, 'registers'))?.[pageLinkKey(PAPER)]?.value;

beforeAll(async () => {
  server = await startStandinServer();
  profile = mkdtempSync(join(tmpdir(), 'readalong-page-link-'));
  browser = await launchExtension({ userDataDir: profile, hostMap: server.port });
  await (await browser.serviceWorker()).evaluate(() => true);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('linking the page I am on to an item without a link', () => {
  it('links a page from the popup; the page is then that item, tracked and marked done there', async () => {
    const reading = await browser.context.newPage();
    await reading.goto(`${PAGE}#page=3`);
    // The popup (here a tab) follows the tab used just before it, as the real one the active tab.
    const popup = await browser.openPopup();
    const offer = popup.getByRole('button', { name: 'Link this page to an item…' });
    await offer.waitFor();
    // Offered, not kept: nothing of the page is stored before the learner picks an item.
    expect(await everythingStored(browser)).not.toContain('hidden-technical-debt.pdf');
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(popup)).toEqual([]);
    }

    await offer.click();
    const dialog = popup.getByRole('dialog', { name: 'Link this page to an item' });
    expect(await dialog.textContent()).toContain('example.org/papers/hidden-technical-debt.pdf');
    // The search field has the focus: typing narrows the 60 items without a link down.
    await popup.keyboard.type('hidden debt');
    const choices = dialog.getByRole('listitem');
    await poll(() => choices.count()).toBe(1);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(popup)).toEqual([]);
    }
    await choices.getByRole('button', { name: /Hidden Technical Debt/ }).click();

    // Kept, without the fragment; the card leads with the item, opened now.
    await poll(linkOf).toBe(PAGE);
    const card = popup.getByRole('region', { name: 'This page' });
    await poll(() => card.textContent()).toContain('Hidden Technical Debt');
    await poll(() => card.textContent()).toContain(
      'Linked by you to example.org/papers/hidden-technical-debt.pdf',
    );
    expect(await card.locator('li').getAttribute('data-resource-key')).toBe(PAPER);
    await poll(() => progressOf(browser, PAPER).then((p) => p?.openCount)).toBe(1);
    expect(await offer.count()).toBe(0);
    // The offer gave way to the card: the focus went to the card, not to the page.
    await poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('current-page-heading');
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(popup)).toEqual([]);
    }
    await popup.close();
    await reading.close();

    // Opened again, in any form of its address: tracked as the paper.
    const again = await browser.context.newPage();
    await again.goto('http://www.example.org/papers/hidden-technical-debt.pdf?utm_source=mail');
    await poll(() => progressOf(browser, PAPER).then((p) => p?.openCount)).toBe(2);
    const second = await browser.openPopup();
    const secondCard = second.getByRole('region', { name: 'This page' });
    await poll(() => secondCard.textContent()).toContain('Hidden Technical Debt');
    // Its row's title now opens the linked page, as an item's own link would.
    const title = secondCard.getByRole('link', {
      name: /Hidden Technical Debt.*the page you linked/,
    });
    expect(await title.getAttribute('href')).toBe(await linkOf());
    await secondCard.getByRole('button', { name: 'Mark this page done' }).click();
    await poll(() => statusOf(browser, PAPER)).toBe('done');
    await second.close();

    // What the keyboard command and the context menu run finds it by the address too.
    const panel = await browser.openExtensionPage('sidepanel.html');
    await callBackground(panel, 'set-status', { resourceKeys: [PAPER], status: 'none' });
    expect(await callBackground(panel, 'mark-page-done', { tabId: 1, url: PAGE })).toEqual([PAPER]);
    await poll(() => statusOf(browser, PAPER)).toBe('done');
    await panel.close();
    await again.close();
  });

  it('lists the linked page on the options page', async () => {
    const options = await browser.openExtensionPage('options.html');
    const section = options.getByRole('region', { name: 'Pages you linked' });
    await poll(() => section.textContent()).toContain(
      'Hidden Technical Debt in Machine Learning Systems" by D. Sculley et al. — read at example.org/papers/hidden-technical-debt.pdf',
    );
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(options)).toEqual([]);
    }
    await options.close();
  });

  it('unlinks from the card: the page is private again, and the progress stays', async () => {
    const reading = await browser.context.newPage();
    await reading.goto(PAGE);
    const panel = await browser.openExtensionPage('sidepanel.html');
    const card = panel.getByRole('region', { name: 'This page' });
    await poll(() => card.textContent()).toContain('Linked by you');
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(panel)).toEqual([]);
    }
    await card.getByRole('button', { name: 'Unlink' }).click();
    await poll(linkOf).toBeNull();
    // The tab shows no item any more: the panel offers to link it again.
    await panel.getByRole('button', { name: 'Link this page to an item…' }).waitFor();
    expect(await card.count()).toBe(0);
    // The offer took the card's place, and the focus with it.
    await poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('link-page-button');
    // The tab moves on while the panel stays open: the offer is for the page it shows now.
    await reading.goto('https://example.org/papers/other.pdf');
    await panel.getByRole('button', { name: 'Link this page to an item…' }).click();
    const dialog = panel.getByRole('dialog', { name: 'Link this page to an item' });
    await poll(() => dialog.textContent()).toContain('example.org/papers/other.pdf');
    await panel.keyboard.press('Escape');
    await poll(() => dialog.count()).toBe(0);

    const opens = (await progressOf(browser, PAPER))?.openCount;
    await reading.goto(PAGE);
    // A page of the curriculum, visited last: once it is recorded, the visit before was handled.
    await reading.goto(`https://${SLIDES[2]}`);
    await poll(() => progressOf(browser, SLIDES[2]).then((p) => p?.openCount)).toBe(1);
    expect(await statusOf(browser, PAPER)).toBe('done');
    expect((await progressOf(browser, PAPER))?.openCount).toBe(opens);
    await panel.close();
    await reading.close();
  });
});
