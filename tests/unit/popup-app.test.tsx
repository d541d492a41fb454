/**
 * The popup, rendered with the fake browser: it paints from local storage alone (no network,
 * no answer from the background needed), paints a 1,000-item curriculum's first rows at once,
 * and a section reset resets the whole section even while a filter shows only part of it.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../extension/entrypoints/popup/app';
import { FIRST_PAINT_ROWS } from '../../extension/entrypoints/popup/checklist';
import { recordOpened } from '../../extension/lib/progress-actions';
import { registersStorage } from '../../extension/lib/storage';
import { itemState } from '../../shared/item-state';
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

  it('paints the first rows of a 1,000-item curriculum at once, and the rest right after', async () => {
    await useBig();
    const seen: number[] = [];
    const observer = new MutationObserver(() => {
      const n = items().length;
      if (n > 0) seen.push(n);
    });
    observer.observe(root, { childList: true, subtree: true });
    render(<App />, root);
    // Week by week, 10 rows each (the sub-sections start folded): all 50 weeks in the end.
    await vi.waitFor(() => expect(items().length).toBe(500));
    observer.disconnect();
    expect(seen[0]).toBeLessThanOrEqual(FIRST_PAINT_ROWS);
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
});
