import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ChecklistRow } from '../../lib/checklist-rows';
import {
  type BodyWindow,
  checklistWindow,
  rowOffsets,
  rowsBetween,
} from '../../lib/checklist-window';

/**
 * A list of up to this many rows is drawn whole: a few hundred rows draw in a frame, and a
 * list drawn whole keeps every heading for a screen reader's heading navigation. Longer lists
 * draw only the rows near the view.
 */
export const DRAW_ALL_UP_TO = 200;
/** How far above and below the view rows are drawn, in pixels: a popup's height each way. */
const OVERSCAN = 600;
type RowKind = ChecklistRow['kind'];
/**
 * A row's height until it is drawn and measured, by its kind, before any row has been
 * measured; from the first rows measured on, their mean instead. (It changes once only: a
 * guess that kept changing would move every row not yet drawn.)
 */
const FIRST_GUESS: Readonly<Record<RowKind, number>> = { item: 60, section: 56 };

/** The height a row takes in the list: an item's; a section's heading and bar (all of it, folded). */
function rowHeight(el: HTMLElement): number {
  const box = el.getBoundingClientRect();
  if (el.tagName === 'LI') return box.height;
  const body = el.querySelector<HTMLElement>(':scope > .ra-section__body');
  return body && !body.hidden ? body.getBoundingClientRect().top - box.top : box.height;
}

/** A section head's height until it is measured: one line. */
export const HEAD_GUESS = 30;

export interface VirtualWindow {
  drawn: BodyWindow;
  /** The measured height of each drawn section's head, by section key (heads stick below their parents' heads). */
  headHeights: ReadonlyMap<string, number>;
}

export interface VirtualWindowOptions {
  /** A section to bring to the top of the view, once its row is there. */
  jumpTo: string | null;
  /** Called once the view has moved to `jumpTo`, with the section's element. */
  onJumped(section: HTMLElement): void;
}

/**
 * The rows of the checklist to draw, as the view (the popup's page scrolls) moves over
 * `container`: those near the view, the row holding the focus (so scrolling away from it does
 * not drop it), and the section being jumped to. Every drawn row is measured after each
 * render; a changed height moves the rows after it.
 */
export function useVirtualWindow(
  rows: readonly ChecklistRow[],
  container: RefObject<HTMLElement | null>,
  { jumpTo, onJumped }: VirtualWindowOptions,
): VirtualWindow {
  const heights = useRef(new Map<string, number>());
  const headHeights = useRef(new Map<string, number>());
  const guess = useRef<Readonly<Record<RowKind, number>> | null>(null);
  const [measured, setMeasured] = useState(0);
  const guessed = guess.current ?? FIRST_GUESS;
  // `measured` counts the changes to `heights` and `guess`.
  const offsets = useMemo(
    () => rowOffsets(rows.map((row) => heights.current.get(row.key) ?? guessed[row.kind])),
    [rows, measured],
  );
  const latest = useRef(offsets);
  latest.current = offsets;
  const inView = (): [number, number] => {
    const top = -(container.current?.getBoundingClientRect().top ?? 0);
    return rowsBetween(latest.current, top - OVERSCAN, top + window.innerHeight + OVERSCAN);
  };
  // Nothing until the list's place is known: the first layout effect finds what is in view,
  // and it is drawn before the first paint.
  const [view, setView] = useState<[number, number]>([0, 0]);
  const [focused, setFocused] = useState<string | null>(null);

  // The view follows scrolling and resizing, once a frame at most.
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const next = inView();
      setView((current) => (current[0] === next[0] && current[1] === next[1] ? current : next));
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(update);
    };
    const el = container.current;
    const focusIn = (event: FocusEvent) => {
      const row = (event.target as HTMLElement).closest<HTMLElement>('[data-row-key]');
      setFocused(row?.dataset.rowKey ?? null);
    };
    // Once the focus has left the list (not when the popup's window loses it: it comes back).
    const focusOut = () => {
      queueMicrotask(() => {
        if (!el?.contains(document.activeElement)) setFocused(null);
      });
    };
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    el?.addEventListener('focusin', focusIn);
    el?.addEventListener('focusout', focusOut);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      el?.removeEventListener('focusin', focusIn);
      el?.removeEventListener('focusout', focusOut);
    };
  }, []);

  // New rows or heights: what is in view may have changed.
  useLayoutEffect(() => {
    const next = inView();
    setView((current) => (current[0] === next[0] && current[1] === next[1] ? current : next));
  }, [offsets]);

  // After every render: measure what was drawn, and finish a jump. A row drawn for the first
  // time (it stood as padding of its estimated height until then), or one whose height changed,
  // moves the rows below it: when it sits above the top of the view, the view moves by as
  // much, so what the learner sees holds still (the browser's own scroll anchoring is off:
  // popup.css).
  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    let changed = false;
    let shift = 0;
    const sums: Record<RowKind, [total: number, count: number]> = { item: [0, 0], section: [0, 0] };
    for (const row of el.querySelectorAll<HTMLElement>('[data-row-key]')) {
      const height = rowHeight(row);
      const key = row.dataset.rowKey!;
      const kind: RowKind = row.tagName === 'LI' ? 'item' : 'section';
      const known = heights.current.get(key);
      // Unlaid-out rows (a hidden popup) measure 0: their guess stays.
      if (height <= 0) continue;
      if (kind === 'section') {
        const head = row.querySelector<HTMLElement>(':scope > .ra-section__head')!.offsetHeight;
        if (headHeights.current.get(key) !== head) {
          headHeights.current.set(key, head);
          changed = true;
        }
      }
      sums[kind][0] += height;
      sums[kind][1]++;
      if (Math.abs((known ?? -1) - height) > 0.5) {
        if (row.getBoundingClientRect().top < 0) shift += height - (known ?? guessed[kind]);
        heights.current.set(key, height);
        changed = true;
      }
    }
    if (guess.current === null && sums.item[1] + sums.section[1] > 0) {
      const mean = (kind: RowKind) => {
        const [total, count] = sums[kind];
        return count > 0 ? total / count : FIRST_GUESS[kind];
      };
      guess.current = { item: mean('item'), section: mean('section') };
    }
    if (shift !== 0) window.scrollBy(0, shift);
    if (changed) setMeasured((n) => n + 1);
    if (jumpTo !== null) {
      const target = [...el.querySelectorAll<HTMLElement>('section[data-row-key]')].find(
        (section) => section.dataset.rowKey === jumpTo,
      );
      if (target) onJumped(target);
    }
  });

  let [from, to] = rows.length <= DRAW_ALL_UP_TO ? [0, rows.length] : view;
  const jumpRow = jumpTo === null ? -1 : rows.findIndex((row) => row.key === jumpTo);
  if (jumpRow >= 0 && rows.length > DRAW_ALL_UP_TO) {
    [from, to] = rowsBetween(
      offsets,
      offsets[jumpRow]! - OVERSCAN,
      offsets[jumpRow]! + window.innerHeight + OVERSCAN,
    );
  }
  const focusRow = focused === null ? -1 : rows.findIndex((row) => row.key === focused);
  if (focusRow >= 0) {
    from = Math.min(from, focusRow);
    to = Math.max(to, focusRow + 1);
  }
  from = Math.min(from, rows.length);
  to = Math.min(Math.max(to, from), rows.length);
  return { drawn: checklistWindow(rows, offsets, from, to), headHeights: headHeights.current };
}
