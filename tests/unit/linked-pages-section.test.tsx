/**
 * The options page's list of the pages the learner linked to items without a link: each with
 * its item and "Unlink", which unlinks it in the registers (and so in every browser).
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LinkedPagesSection } from '../../extension/entrypoints/options/sections/linked-pages-section';
import { pageLinkDraft } from '../../extension/lib/page-links';
import { writeRegisters } from '../../extension/lib/progress-writer';
import { registersStorage } from '../../extension/lib/storage';
import { manualResourceKey } from '../../shared/manual-resource-key';
import { pageLinkKey } from '../../shared/register-keys';
import { answerCallsInProcess } from './support/answer-calls';
import { resetBrowser } from './support/reset-browser';

const PAPER = manualResourceKey(
  'dmls-bookclub',
  'papers-hidden-technical-debt-in-machine-learning',
);
const PAGE = 'https://papers.example.net/hidden-technical-debt.pdf';

let root: HTMLElement;

describe('options: pages you linked', () => {
  beforeEach(async () => {
    await resetBrowser();
    answerCallsInProcess();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('lists each linked page with its item, and unlinks one', async () => {
    await writeRegisters(() => ({ drafts: [pageLinkDraft(PAPER, PAGE)] }));
    render(<LinkedPagesSection />, root);
    await vi.waitFor(() =>
      expect(root.querySelector('li')?.textContent).toContain(
        '"Hidden Technical Debt in Machine Learning Systems" by D. Sculley et al. — read at papers.example.net/hidden-technical-debt.pdf',
      ),
    );
    expect(root.querySelector('a')?.getAttribute('href')).toBe(PAGE);
    root.querySelector('button')!.click();
    await vi.waitFor(() => expect(root.textContent).toContain('None yet.'));
    expect((await registersStorage.getValue())[pageLinkKey(PAPER)]?.value).toBeNull();
  });

  it('says how to link a page while there is none', async () => {
    render(<LinkedPagesSection />, root);
    await vi.waitFor(() => expect(root.textContent).toContain('Link this page to an item…'));
    expect(root.querySelector('li')).toBeNull();
  });
});
