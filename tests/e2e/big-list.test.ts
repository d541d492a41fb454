/**
 * A long imported list in the popup, with the built extension in Chromium: 1,200 items in 80
 * sections. Only the rows near the view are in the page, yet scrolling reaches the last item,
 * Tab walks on through rows drawn as it goes, the heading of the section in view sticks below
 * the header, every section folds and unfolds at once, "Jump to section" brings a section to
 * the top with the focus on it, the filter's words are marked, and axe finds nothing, in light
 * and dark.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe-violations';
import { callBackground } from './support/call-background';
import { focusedName } from './support/keyboard';
import { type LaunchedExtension, launchExtension } from './support/launch-extension';
import { poll } from './support/poll';

const TOPICS = 40;
const ITEMS = TOPICS * 30;

const entry = (t: number, i: number) => ({
  id: `t${t}-e${i}`,
  title: `Entry ${i} of topic ${t}: notes on streaming feature pipelines${i % 3 ? '' : ' and the systems that serve them'}`,
  kind: 'reading',
  url: `https://example.com/t${t}-e${i}`,
  resourceKey: `example.com/t${t}-e${i}`,
});
const bigList = {
  id: 'awesome',
  title: 'An awesome list',
  source: 'awesome.md',
  version: 1,
  sections: Array.from({ length: TOPICS }, (_, t) => ({
    id: `topic-${t}`,
    title: `Topic ${t}`,
    items: Array.from({ length: 10 }, (_, i) => entry(t, i)),
    sections: [
      {
        id: 'more',
        title: `More on topic ${t}`,
        items: Array.from({ length: 20 }, (_, i) => entry(t, 10 + i)),
        sections: [],
      },
    ],
  })),
};

let browser: LaunchedExtension;
let popup: Page;

const drawnItems = () => popup.locator('.popup__sections .ra-item').count();
const headerHeight = () =>
  popup.evaluate(() => document.querySelector('.popup__header')!.getBoundingClientRect().height);
/** The section heading just below the header, where the one in view sticks. */
const headingAtTop = () =>
  popup.evaluate(() => {
    const top = document.querySelector('.popup__header')!.getBoundingClientRect().bottom;
    const el = document.elementFromPoint(120, top + 4);
    return (
      el?.closest('.ra-section__head')?.querySelector('.ra-section__title')?.textContent ?? null
    );
  });
const scrollTo = (y: number) => popup.evaluate((to) => window.scrollTo(0, to), y);
const axeLightAndDark = async () => {
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(popup)).toEqual([]);
  }
};

beforeAll(async () => {
  browser = await launchExtension();
  const options = await browser.openExtensionPage('options.html');
  await callBackground(options, 'import-curriculum', { curriculum: bigList });
  await callBackground(options, 'set-settings', { activeCurriculumId: 'awesome' });
  await options.close();
  popup = await browser.openPopup();
  // The popup's size at most: 600 px tall.
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.locator('.popup__overall-count').getByText(`0 of ${ITEMS} items finished`).waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe('a list of 1,200 items in the popup', () => {
  it('holds only the rows near the view, and scrolls to the very last item', async () => {
    await popup.getByRole('button', { name: 'Expand all' }).click();
    await poll(() => popup.locator('.ra-section__toggle[aria-expanded="false"]').count()).toBe(0);
    await poll(drawnItems).toBeGreaterThan(5);
    expect(await drawnItems()).toBeLessThan(ITEMS / 10);
    const last = popup.locator('li[data-resource-key="example.com/t39-e29"]');
    expect(await last.count()).toBe(0);
    // Scrolled to the bottom (the page grows as rows are measured), the last item shows.
    await poll(async () => {
      await popup.keyboard.press('End');
      return popup.evaluate(() => {
        const box = document
          .querySelector('li[data-resource-key="example.com/t39-e29"]')
          ?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
      });
    }).toBe(true);
    expect(await last.getAttribute('aria-posinset')).toBe('20');
    expect(await last.getAttribute('aria-setsize')).toBe('20');
    expect(await drawnItems()).toBeLessThan(ITEMS / 10);
    await axeLightAndDark();
  });

  it('keeps the heading of the section in view stuck below the header', async () => {
    await scrollTo(0);
    await poll(headingAtTop).toBe(null);
    // Down into topic 12's items (drawn once the view nears them): its heading sticks at the top.
    const twelve = popup.locator('section[data-section-key="topic-12"]');
    await poll(async () => {
      await scrollTo(
        await popup.evaluate(() => {
          const el = document.querySelector('section[data-section-key="topic-12"]');
          return el ? el.getBoundingClientRect().top + window.scrollY + 200 : window.scrollY + 1500;
        }),
      );
      return headingAtTop();
    }).toBe('Topic 12');
    const head = twelve.locator('> .ra-section__head');
    expect(Math.round((await head.boundingBox())!.y)).toBe(Math.round(await headerHeight()));
    await axeLightAndDark();
  });

  it('walks on with Tab through rows drawn as the focus moves down', async () => {
    const drawnKeys = () =>
      popup
        .locator('.popup__sections .ra-item')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-resource-key')));
    const before = await drawnKeys();
    // From the first item of topic 12, in view; three stops a row (checkbox, title, skip).
    await popup.locator('section[data-section-key="topic-12"] .ra-item input').first().focus();
    for (let i = 0; i < 90; i++) await popup.keyboard.press('Tab');
    const focused = await popup.evaluate(
      () => document.activeElement?.closest('li')?.getAttribute('data-resource-key') ?? null,
    );
    // Thirty rows on: a row that was not in the page when the walk began, now in view.
    expect(focused).toMatch(/^example\.com\/t1[23]-e\d+$/);
    expect(before).not.toContain(focused);
    const y = await popup.evaluate(() => document.activeElement!.getBoundingClientRect().y);
    expect(y).toBeGreaterThan(await headerHeight());
    expect(y).toBeLessThan(600);
    // Scrolled far away, the focused row stays in the page, and the focus on it.
    await scrollTo(0);
    await poll(headingAtTop).toBe(null);
    expect(
      await popup.evaluate(() =>
        document.activeElement?.closest('li')?.getAttribute('data-resource-key'),
      ),
    ).toBe(focused);
  });

  it('folds every section at once, and unfolds them again, announced', async () => {
    await popup.getByRole('button', { name: 'Collapse all' }).click();
    await poll(drawnItems).toBe(0);
    expect(await popup.locator('.ra-section__toggle[aria-expanded="true"]').count()).toBe(0);
    expect(await popup.getByRole('status').allTextContents()).toContain(
      'All 80 sections collapsed',
    );
    // A folded section's items are not in the page at all; the headings of the topics are.
    expect(await popup.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(10);
    await popup.getByRole('button', { name: 'Expand all' }).click();
    await poll(() => popup.locator('.ra-section__toggle[aria-expanded="false"]').count()).toBe(0);
    expect(await popup.getByRole('status').allTextContents()).toContain('All 80 sections expanded');
  });

  it('jumps to a section: its heading at the top, the focus on it', async () => {
    await popup.getByRole('button', { name: 'Collapse all' }).click();
    await poll(drawnItems).toBe(0);
    await scrollTo(0);
    await popup.getByRole('button', { name: 'Jump to section' }).click();
    const list = popup.getByRole('list', { name: 'Sections' });
    await list.getByRole('button', { name: 'More on topic 31' }).focus();
    await axeLightAndDark();
    await popup.keyboard.press('Enter');
    await poll(() => focusedName(popup)).toBe('More on topic 31');
    expect(await list.isVisible()).toBe(false);
    const section = popup.locator('section[data-section-key="topic-31/more"]');
    // It and the topic above it are open; its heading sticks where it belongs.
    expect(await section.locator('> .ra-section__head button').getAttribute('aria-expanded')).toBe(
      'true',
    );
    await poll(() => section.locator('.ra-item').count()).toBeGreaterThan(5);
    const head = await section.locator('> .ra-section__head').boundingBox();
    const topicHead = await popup
      .locator('section[data-section-key="topic-31"] > .ra-section__head')
      .boundingBox();
    expect(Math.round(topicHead!.y)).toBe(Math.round(await headerHeight()));
    expect(Math.round(head!.y)).toBe(Math.round(topicHead!.y + topicHead!.height));
    // Escape closes the list and gives the focus back to the button.
    await popup.getByRole('button', { name: 'Jump to section' }).click();
    await list.getByRole('button', { name: 'Topic 2', exact: true }).focus();
    await popup.keyboard.press('Escape');
    expect(await focusedName(popup)).toBe('Jump to section');
    expect(await list.isVisible()).toBe(false);
  });

  it('marks the filter’s words in the titles it lets through', async () => {
    await popup.getByRole('searchbox', { name: 'Filter items by words' }).fill('ENTRY 15 topic 27');
    // "Entry 27 of topic 15" and "Entry 15 of topic 27".
    await poll(() => popup.getByRole('status').allTextContents()).toContain('2 items match');
    const first = popup.locator('.popup__sections .ra-item').first();
    expect(await first.locator('mark').allTextContents()).toEqual(['Entry', '27', 'topic', '15']);
    await axeLightAndDark();
  });
});
