import type { ChecklistRow } from './checklist-rows';

/**
 * Which rows of the checklist are drawn, as the nested sections the popup renders.
 *
 * Only the rows in `[from, to)` are drawn, plus the heading of every section any of them sits
 * in, so that heading can stick at the top while its section scrolls under it. The rows left
 * out become padding of the body they sit in, `offsets` long, so the page is as tall as the
 * whole list and a row sits exactly at its offset: `offsets[i]` is the top of row `i` and
 * `offsets[rows.length]` the height of the whole list.
 */
export interface BodyWindow {
  /** The range of the body's own item rows that is drawn (empty when `from === to`). */
  items: { from: number; to: number };
  sections: SectionWindow[];
  padTop: number;
  padBottom: number;
}

export interface SectionWindow extends BodyWindow {
  /** The index of the section's heading row. */
  row: number;
}

export function checklistWindow(
  rows: readonly ChecklistRow[],
  offsets: ArrayLike<number>,
  from: number,
  to: number,
): BodyWindow {
  const endOf = (i: number) => {
    const row = rows[i]!;
    return row.kind === 'section' ? row.end : i + 1;
  };
  const body = (first: number, end: number): BodyWindow => {
    let i = first;
    while (i < end && rows[i]!.kind === 'item') i++;
    const items = { from: Math.max(first, from), to: Math.min(i, to) };
    if (items.to < items.from) items.to = items.from;
    const sections: SectionWindow[] = [];
    for (; i < end; i = endOf(i)) {
      if (i < to && endOf(i) > from) sections.push({ row: i, ...body(i + 1, endOf(i)) });
    }
    const drawsItems = items.to > items.from;
    const firstDrawn = drawsItems ? items.from : (sections[0]?.row ?? end);
    const lastSection = sections[sections.length - 1];
    const drawnEnd = lastSection ? endOf(lastSection.row) : drawsItems ? items.to : end;
    return {
      items,
      sections,
      padTop: offsets[firstDrawn]! - offsets[first]!,
      padBottom: offsets[end]! - offsets[drawnEnd]!,
    };
  };
  return body(0, rows.length);
}

/** The tops of the rows, from their heights: `rows.length + 1` numbers, the last the total. */
export function rowOffsets(heights: readonly number[]): Float64Array {
  const offsets = new Float64Array(heights.length + 1);
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = offsets[i]! + heights[i]!;
  return offsets;
}

/** The rows that overlap `[top, bottom)` (in the list's own coordinates), as `[from, to)`. */
export function rowsBetween(
  offsets: ArrayLike<number>,
  top: number,
  bottom: number,
): [number, number] {
  const count = offsets.length - 1;
  /** The first row for which `test` holds (it holds for every row after it too). */
  const firstWhere = (test: (i: number) => boolean) => {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (test(mid)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const from = firstWhere((i) => offsets[i + 1]! > top);
  const to = firstWhere((i) => offsets[i]! >= bottom);
  return [from, Math.max(from, to)];
}
