import { useEffect, useRef, useState } from 'preact/hooks';
import type { Checklist } from '../lib/checklist-model';
import type { NextUp } from '../lib/next-up';
import { NEXT_UP_HOLD_MS, nextUpIdentity, refreshNextUp } from '../lib/steady-next-up';

export interface SteadyNextUp {
  /** What the card shows now. */
  shown: NextUp;
  /** What comes next, while the card holds the one just finished; null otherwise. */
  coming: NextUp | null;
  /** Lets the next one in now (the learner left the card). */
  release(): void;
}

/**
 * "Next up" that holds still: when the learner finishes what it shows, it stays (with its new
 * states) until the learner leaves the card or `NEXT_UP_HOLD_MS` has passed, so a second click
 * or Space never lands on the next session's items. `onAdvance` runs once the next one is in.
 */
export function useSteadyNextUp(
  checklist: Checklist,
  next: NextUp,
  onAdvance: (next: NextUp) => void,
): SteadyNextUp {
  const nextId = nextUpIdentity(checklist, next);
  const [shownId, setShownId] = useState(nextId);
  const lastShown = useRef(next);
  const held = shownId === nextId ? null : refreshNextUp(checklist, lastShown.current);
  const holding = held !== null;
  const advance = useRef(onAdvance);
  advance.current = onAdvance;
  const latest = useRef(next);
  latest.current = next;

  useEffect(() => {
    if (shownId === nextId) return;
    if (!holding) {
      setShownId(nextId);
      return;
    }
    const timer = setTimeout(() => setShownId(nextId), NEXT_UP_HOLD_MS);
    return () => clearTimeout(timer);
  }, [shownId, nextId, holding]);

  // Once the next one is in after a hold: tell the caller (to announce it, place the focus).
  // A hold that ends because the learner unticked again brings nothing in: no announcement.
  const heldFrom = useRef<string | null>(null);
  const previous = useRef(shownId);
  useEffect(() => {
    if (previous.current === shownId) {
      heldFrom.current = holding ? shownId : null;
      return;
    }
    const advanced = heldFrom.current === previous.current;
    previous.current = shownId;
    heldFrom.current = null;
    if (advanced) advance.current(latest.current);
  }, [shownId, holding]);

  if (!holding) lastShown.current = next;
  return {
    shown: held ?? next,
    coming: held ? next : null,
    release: () => setShownId(nextId),
  };
}
