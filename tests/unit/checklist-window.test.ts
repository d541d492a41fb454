/**
 * The popup's virtual window: the checklist as rows, which rows are drawn for a view, and the
 * padding that stands for the rest, so every row sits at its offset whatever is drawn.
 */
import { describe, expect, it } from 'vitest';
import { buildChecklist, type ChecklistSection } from '../../extension/lib/checklist-model';
import { type ChecklistRow, checklistRows } from '../../extension/lib/checklist-rows';
import {
  type BodyWindow,
  checklistWindow,
  rowOffsets,
  rowsBetween,
} from '../../extension/lib/checklist-window';
import { bigCurriculum } from './support/big-curriculum';

const checklist = buildChecklist(bigCurriculum(3, 4), new Map());
const open = () => false;
const rows = checklistRows(checklist.sections, open);
const heights = rows.map((row) => (row.kind === 'section' ? 30 : 10));
const offsets = rowOffsets(heights);

const label = (row: ChecklistRow) => (row.kind === 'section' ? row.key : row.entry.item.id);

/**
 * Lays a window out as the popup does (padding, then drawn rows, nested) and returns the drawn
 * rows with the y at which each lands.
 */
function layOut(window: BodyWindow): [string, number][] {
  const placed: [string, number][] = [];
  let y = 0;
  const body = (drawn: BodyWindow) => {
    y += drawn.padTop;
    for (let i = drawn.items.from; i < drawn.items.to; i++) {
      placed.push([label(rows[i]!), y]);
      y += heights[i]!;
    }
    for (const section of drawn.sections) {
      placed.push([label(rows[section.row]!), y]);
      y += heights[section.row]!;
      body(section);
    }
    y += drawn.padBottom;
  };
  body(window);
  expect(y).toBe(offsets[rows.length]);
  return placed;
}

describe('checklistRows: the checklist as the popup lays it out', () => {
  it('lists each section heading, then its items, then its sub-sections, depth first', () => {
    expect(rows.slice(0, 6).map(label)).toEqual([
      'week-0',
      'w0-i0',
      'w0-i1',
      'week-0/more',
      'w0-i2',
      'w0-i3',
    ]);
    expect(rows).toHaveLength(3 * (2 + 4));
    const week0 = rows[0]!;
    expect(week0.kind === 'section' && week0.end).toBe(6);
  });

  it('gives each item its place among its own section’s items', () => {
    const item = rows[5]!;
    expect(item.kind === 'item' && [item.position, item.setSize]).toEqual([2, 2]);
  });

  it('leaves out what a folded section holds, and says it is folded', () => {
    const folded = checklistRows(checklist.sections, (s: ChecklistSection) => s.depth > 0);
    expect(folded.map(label).slice(0, 5)).toEqual([
      'week-0',
      'w0-i0',
      'w0-i1',
      'week-0/more',
      'week-1',
    ]);
    const more = folded[3]!;
    expect(more.kind === 'section' && [more.collapsed, more.end]).toEqual([true, 4]);
  });
});

describe('rowsBetween: the rows a view overlaps', () => {
  it('finds the rows that overlap the view, by their offsets', () => {
    // Rows: week-0 [0,30), w0-i0 [30,40), w0-i1 [40,50), week-0/more [50,80), w0-i2 [80,90)…
    expect(rowsBetween(offsets, 0, 35)).toEqual([0, 2]);
    expect(rowsBetween(offsets, 45, 80)).toEqual([2, 4]);
    expect(rowsBetween(offsets, 80, 81)).toEqual([4, 5]);
  });

  it('is empty past the end, and takes all rows for a view taller than the list', () => {
    const total = offsets[rows.length]!;
    expect(rowsBetween(offsets, total + 10, total + 100)).toEqual([rows.length, rows.length]);
    expect(rowsBetween(offsets, -500, total + 500)).toEqual([0, rows.length]);
  });
});

describe('checklistWindow: what is drawn, and the padding for the rest', () => {
  it('draws everything without padding when the whole list is in view', () => {
    const placed = layOut(checklistWindow(rows, offsets, 0, rows.length));
    expect(placed).toHaveLength(rows.length);
    for (const [name, y] of placed)
      expect(y).toBe(offsets[rows.findIndex((r) => label(r) === name)]);
  });

  it('draws the rows in range, and the headings of the sections they sit in', () => {
    // From w1-i3 (in week-1's "more") to the first row of week-2.
    const from = rows.findIndex((r) => label(r) === 'w1-i3');
    const to = rows.findIndex((r) => label(r) === 'week-2') + 1;
    const placed = layOut(checklistWindow(rows, offsets, from, to));
    expect(placed.map(([name]) => name)).toEqual(['week-1', 'week-1/more', 'w1-i3', 'week-2']);
  });

  it('puts every drawn row exactly at its offset, wherever the window is', () => {
    for (let from = 0; from < rows.length; from++) {
      for (let to = from; to <= rows.length; to++) {
        const placed = layOut(checklistWindow(rows, offsets, from, to));
        for (const [name, y] of placed) {
          expect(y).toBe(offsets[rows.findIndex((r) => label(r) === name)]);
        }
        const drawn = new Set(placed.map(([name]) => name));
        for (let i = from; i < to; i++) expect(drawn.has(label(rows[i]!))).toBe(true);
      }
    }
  });
});
