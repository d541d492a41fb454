/**
 * The popup, rendered with the fake browser: it paints from local storage alone (no network,
 * no answer from the background needed), draws only the rows of a 1,000-item curriculum near
 * the view, folds and unfolds every section at once, jumps to a section, marks the filter's
 * words, and a section reset resets the whole section even while a filter shows only part of it.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../extension/entrypoints/popup/app';
import { recordOpened } from '../../extension/lib/progress-actions';
import { popupStateStorage, registersStorage } from '../../extension/lib/storage';
import { formatHlc } from '../../shared/hlc';
import { itemState } from '../../shared/item-state';
import { manualResourceKey } from '../../shared/manual-resource-key';
import { pageLinkKey } from '../../shared/register-keys';
import { deriveProgress } from '../../shared/resource-progress';
import { answerCallsInProcess } from './support/answer-calls';
import { bigCurriculum } from './support/big-curriculum';
import { resetBrowser } from './support/reset-browser';
import { changeSettings, importCurricula } from './support/store';

let root: HTMLElement;

const items = () => root.querySelectorAll('.popup__sections .ra-item');
const button = (name: string) =>
  [...document.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
  );

async function useBig() {
  await importCurricula(bigCurriculum(50, 20));
  await changeSettings({ activeCurriculumId: 'big' });
}

describe('the popup', () => {
  beforeEach(async () => {
    await resetBrowser();
    answerCallsInProcess();
    Object.assign(fakeBrowser.permissions, {
      contains: async () => true,
      onAdded: { addListener() {}, removeListener() {} },
      onRemoved: { addListener() {}, removeListener() {} },
    });
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.unstubAllGlobals();
  });

  it('paints the checklist from local storage while the network and the background hang', async () => {
    const fetch = vi.fn(() => new Promise<Response>(() => {}));
    vi.stubGlobal('fetch', fetch);
    fakeBrowser.runtime.sendMessage = () => new Promise(() => {});
    await useBig();
    render(<App />, root);
    await vi.waitFor(() => expect(items().length).toBeGreaterThan(0));
    expect(root.textContent).toContain('0 of 1000 items');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('draws only the rows near the view of a 1,000-item curriculum, each with its place in its list', async () => {
    await useBig();
    render(<App />, root);
    await vi.waitFor(() => expect(items().length).toBeGreaterThan(0));
    button('Expand all')!.click();
    // All 50 weeks and their sub-sections open: 1,100 rows, of which a view's worth is drawn.
    await vi.waitFor(() =>
      expect(root.querySelectorAll('[aria-expanded="false"].ra-section__toggle')).toHaveLength(0),
    );
    expect(items().length).toBeGreaterThan(5);
    expect(items().length).toBeLessThan(100);
    const first = items()[0]!;
    expect(first.getAttribute('aria-posinset')).toBe('1');
    expect(first.getAttribute('aria-setsize')).toBe('10');
    // What is not drawn still takes its room below.
    const sections = root.querySelector<HTMLElement>('.popup__sections')!;
    expect(Number.parseFloat(sections.style.paddingBottom)).toBeGreaterThan(40_000);
    expect(document.body.textContent).toContain('All 100 sections expanded');
  });

  it('collapses every section at once, and keeps them so for this curriculum', async () => {
    await useBig();
    render(<App />, root);
    await vi.waitFor(() => expect(items().length).toBeGreaterThan(0));
    button('Collapse all')!.click();
    await vi.waitFor(() => expect(items()).toHaveLength(0));
    expect(document.body.textContent).toContain('All 100 sections collapsed');
    expect(root.querySelectorAll('.ra-section__toggle[aria-expanded="true"]')).toHaveLength(0);
    const stored = await popupStateStorage.getValue();
    expect(stored.collapsed['big:week-0']).toBe(true);
    expect(stored.collapsed['big:week-49/more']).toBe(true);
  });

  it('jumps to a section: opens it, draws it, and moves the focus to its heading', async () => {
    await useBig();
    render(<App />, root);
    await vi.waitFor(() => expect(items().length).toBeGreaterThan(0));
    button('Collapse all')!.click();
    await vi.waitFor(() => expect(items()).toHaveLength(0));
    button('Jump to section')!.click();
    const targets = () =>
      [...root.querySelectorAll<HTMLButtonElement>('.popup__jump-target')].filter(
        (b) => b.textContent === 'More',
      );
    await vi.waitFor(() => expect(targets()).toHaveLength(50));
    targets()[40]!.click();
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('More'));
    const section = document.activeElement!.closest('section')!;
    expect(section.dataset.sectionKey).toBe('week-40/more');
    expect(section.querySelector('.ra-section__toggle')!.getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(section.querySelectorAll('.ra-item')).toHaveLength(10);
    expect(button('Jump to section')!.getAttribute('aria-expanded')).toBe('false');
  });

  it('marks the words of the filter in the titles it lets through', async () => {
    await useBig();
    render(<App />, root);
    await vi.waitFor(() => expect(items().length).toBeGreaterThan(0));
    const filter = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    filter.value = 'RÉADING 15 week 17';
    filter.dispatchEvent(new Event('input', { bubbles: true }));
    // "Reading 17 of week 15" and "Reading 15 of week 17".
    await vi.waitFor(() => expect(items().length).toBe(2));
    const title = items()[0]!.querySelector('.ra-item__title')!;
    expect([...title.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Reading',
      '17',
      'week',
      '15',
    ]);
    expect(title.textContent).toMatch(/^Reading 17 of week 15/);
  });

  it('resets a whole section, even while a filter shows only part of it', async () => {
    await useBig();
    await recordOpened('example.com/w0-i0');
    await recordOpened('example.com/w0-i15');
    render(<App />, root);
    await vi.waitFor(() => expect(items().length).toBeGreaterThan(0));
    const filter = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    filter.value = 'reading 3';
    filter.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(button('Reset progress: Week 0')).toBeDefined());
    button('Reset progress: Week 0')!.click();
    await vi.waitFor(() => expect(document.querySelector('dialog[open]')).not.toBeNull());
    expect(document.querySelector('dialog[open]')?.textContent).toContain(
      'all 20 items of “Week 0”',
    );
    button('Reset')!.click();
    await vi.waitFor(async () => {
      const progress = deriveProgress(await registersStorage.getValue());
      expect(itemState(progress.get('example.com/w0-i0')).kind).toBe('not-started');
      expect(itemState(progress.get('example.com/w0-i15')).kind).toBe('not-started');
    });
  });

  it('opens from the row of an item without a link the page the learner linked to it', async () => {
    const paper = manualResourceKey(
      'dmls-bookclub',
      'papers-hidden-technical-debt-in-machine-learning',
    );
    const page = 'https://example.org/papers/hidden-technical-debt.pdf';
    await registersStorage.setValue({
      [pageLinkKey(paper)]: {
        value: page,
        hlc: formatHlc(1_780_000_000_000, 0, 'devA'),
        merge: 'lww',
      },
    });
    render(<App />, root);
    await vi.waitFor(() => expect(items().length).toBeGreaterThan(0));
    button('Expand all')?.click();
    const row = await vi.waitFor(() => {
      const found = root.querySelector(`.ra-item[data-resource-key="${CSS.escape(paper)}"]`);
      expect(found).not.toBeNull();
      return found!;
    });
    const title = row.querySelector('a.ra-item__title');
    expect(title?.getAttribute('href')).toBe(page);
    expect(title?.textContent).toContain('the page you linked');
  });
});
