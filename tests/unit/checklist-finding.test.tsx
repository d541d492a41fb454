/**
 * The parts of the popup's checklist that help find one's way in a long list, rendered alone:
 * the filter's words marked in a title, an item's place in its list for screen readers, and
 * the "Jump to section" menu (keyboard: Escape closes it and gives the focus back).
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChecklistItem } from '../../extension/components/checklist-item';
import { HighlightedText } from '../../extension/components/highlighted-text';
import { SectionJumpMenu } from '../../extension/entrypoints/popup/section-jump-menu';
import { buildChecklist } from '../../extension/lib/checklist-model';
import { filterWords } from '../../extension/lib/fold-text';
import { bigCurriculum } from './support/big-curriculum';

let root: HTMLElement;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const checklist = buildChecklist(bigCurriculum(3, 4), new Map());

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the checklist’s way-finding parts', () => {
  it('marks the filter’s words in a text, leaving the rest as it is', () => {
    render(<HighlightedText text="Le café des données" words={filterWords('CAFE donn')} />, root);
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['café', 'donn']);
    expect(root.textContent).toBe('Le café des données');
  });

  it('gives an item its place among its section’s items, and marks its title', () => {
    const entry = checklist.sections[1]!.entries[1]!;
    render(
      <ul>
        <ChecklistItem
          entry={entry}
          words={['week']}
          row={{ key: 'week-1#w1-i1', position: 2, setSize: 2 }}
          onSetStatus={() => {}}
          onReset={() => {}}
        />
      </ul>,
      root,
    );
    const li = root.querySelector('li')!;
    expect(li.getAttribute('aria-posinset')).toBe('2');
    expect(li.getAttribute('aria-setsize')).toBe('2');
    expect(li.dataset.rowKey).toBe('week-1#w1-i1');
    expect(li.querySelector('.ra-item__title mark')?.textContent).toBe('week');
  });

  it('lists every section to jump to, and jumps to the one chosen', async () => {
    const onJump = vi.fn();
    const sections = checklist.sections.flatMap((s) => [s, ...s.sections]);
    render(<SectionJumpMenu sections={sections} onJump={onJump} />, root);
    const opener = root.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    expect(root.querySelector('ul')!.hidden).toBe(true);
    opener.click();
    await flush();
    expect(opener.getAttribute('aria-expanded')).toBe('true');
    const targets = [...root.querySelectorAll<HTMLButtonElement>('ul button')];
    expect(targets.map((b) => b.textContent)).toEqual([
      'Week 0',
      'More',
      'Week 1',
      'More',
      'Week 2',
      'More',
    ]);
    expect(targets[3]!.closest('li')!.dataset.depth).toBe('1');
    targets[3]!.click();
    await flush();
    expect(onJump).toHaveBeenCalledWith('week-1/more');
    expect(root.querySelector('ul')!.hidden).toBe(true);
  });

  it('closes on Escape and gives the focus back to its button', async () => {
    const onJump = vi.fn();
    render(<SectionJumpMenu sections={checklist.sections} onJump={onJump} />, root);
    const opener = root.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    opener.click();
    await flush();
    const target = root.querySelector<HTMLButtonElement>('ul button')!;
    target.focus();
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await flush();
    expect(opener.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(opener);
    expect(onJump).not.toHaveBeenCalled();
  });
});
