import { describe, expect, it } from 'vitest';
import { allEntries, buildChecklist } from '../../extension/lib/checklist-model';
import { firstRows } from '../../extension/lib/first-rows';
import { bigCurriculum } from './support/big-curriculum';

const checklist = buildChecklist(bigCurriculum(50, 20), new Map());
const rows = (sections: ReturnType<typeof firstRows>, collapsed: (depth: number) => boolean) => {
  let n = 0;
  const visit = (list: typeof sections) => {
    for (const s of list) {
      if (collapsed(s.depth)) continue;
      n += s.entries.length;
      visit(s.sections);
    }
  };
  visit(sections);
  return n;
};

describe('firstRows: what the popup paints first', () => {
  it('stops after the given number of item rows, in curriculum order', () => {
    const open = () => false;
    const first = firstRows(checklist.sections, 25, open);
    expect(rows(first, open)).toBe(25);
    expect([...allEntries(first)].map((e) => e.item.id)).toEqual(
      [...allEntries(checklist.sections)].slice(0, 25).map((e) => e.item.id),
    );
  });

  it('counts no rows for a folded section, and keeps the sections after it', () => {
    const foldedBelowTop = (depth: number) => depth > 0;
    const first = firstRows(checklist.sections, 25, (s) => foldedBelowTop(s.depth));
    // 10 rows per week when its "More" is folded: weeks 0 to 2, the third one cut at 5.
    expect(rows(first, foldedBelowTop)).toBe(25);
    expect(first.map((s) => s.title)).toEqual(['Week 0', 'Week 1', 'Week 2']);
    expect(first[2]?.entries).toHaveLength(5);
    // A folded section is passed on whole: unfolding it later shows all of it.
    expect(first[0]?.sections[0]).toBe(checklist.sections[0]?.sections[0]);
  });

  it('keeps everything when the checklist is short', () => {
    const open = () => false;
    const first = firstRows(checklist.sections.slice(0, 2), 60, open);
    expect(rows(first, open)).toBe(40);
  });

  it('keeps section totals whole, so bars never look more finished than they are', () => {
    const first = firstRows(checklist.sections, 3, () => false);
    expect(first[0]?.totals.total).toBe(20);
  });
});
