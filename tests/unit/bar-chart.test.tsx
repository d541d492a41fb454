import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BarChart } from '../../extension/components/bar-chart';

let root: HTMLElement;

describe('bar chart', () => {
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  const weeks = [
    { label: '23 Feb', value: 0 },
    { label: '2 Mar', value: 4 },
    { label: '9 Mar', value: 2 },
  ];

  it('is one image named by its title and a summary of the numbers', () => {
    render(
      <BarChart
        title="Items finished per week"
        bars={weeks}
        labelHeader="Week of"
        valueHeader="Items finished"
      />,
      root,
    );
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const names = svg
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => root.ownerDocument.getElementById(id)?.textContent);
    expect(names).toEqual(['Items finished per week', '6 in all; the most, 4, in 2 Mar.']);
  });

  it('draws bars in proportion, the highest full height, and labels them', () => {
    render(<BarChart title="T" bars={weeks} labelHeader="Week of" valueHeader="Items" />, root);
    const heights = [...root.querySelectorAll('rect')].map((r) => Number(r.getAttribute('height')));
    expect(heights).toEqual([0, 100, 50]);
    const labels = [...root.querySelectorAll('text.ra-chart__label')].map((t) => t.textContent);
    expect(labels).toEqual(['23 Feb', '2 Mar', '9 Mar']);
  });

  it('has the same numbers in a table', () => {
    render(<BarChart title="T" bars={weeks} labelHeader="Week of" valueHeader="Items" />, root);
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(rows).toEqual([
      ['23 Feb', '0'],
      ['2 Mar', '4'],
      ['9 Mar', '2'],
    ]);
    expect(root.querySelector('thead')?.textContent).toBe('Week ofItems');
  });

  it('says “None yet” when every bar is empty', () => {
    render(
      <BarChart
        title="T"
        bars={weeks.map((w) => ({ ...w, value: 0 }))}
        labelHeader="W"
        valueHeader="I"
      />,
      root,
    );
    expect(root.querySelector('desc')?.textContent).toBe('None yet.');
  });
});
