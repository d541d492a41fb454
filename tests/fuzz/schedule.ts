/**
 * A fuzzer schedule: 2–3 browsers with skewed clocks, and the steps they take, all drawn from
 * one seed. Each step says how much simulated time passes before it, so a schedule with steps
 * left out (while shrinking) still runs at the same times.
 */
import { type SeededRandom, seededRandom } from '../support/seeded-random';
import type { Action, Fault } from './protocol';

export type Step = { advance: number } & (
  | { kind: 'act'; browser: number; action: Action }
  | { kind: 'sync'; browser: number; faults: Fault[] }
  /** The oldest request held back (`late`) reaches the server now. */
  | { kind: 'deliver-late' }
  /** The browser's service worker is stopped between two things it does. */
  | { kind: 'die'; browser: number }
  /** The browser's clock is set: `skew` ms from the true time. */
  | { kind: 'clock'; browser: number; skew: number }
);

export interface Schedule {
  seed: number;
  /** Each browser's clock at the start, ms from the true time. */
  skews: number[];
  steps: Step[];
}

export const VIDEOS = ['youtube:fuzzVideo01', 'youtube:fuzzVideo02'];
export const PAGES = ['example.com/fuzz/chapter-1'];
export const ITEMS = [...VIDEOS, ...PAGES];
/** A video lasts 600 s; its players report it within a second of that. */
export const VIDEO_SECONDS = 600;
/** Watching happens in blocks of 120 s (5 make the whole video). */
export const BLOCK_SECONDS = 120;
const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

function action(r: SeededRandom): Action {
  const roll = r.next();
  if (roll < 0.35) {
    const block = r.int(VIDEO_SECONDS / BLOCK_SECONDS);
    return {
      kind: 'watch',
      item: r.pick(VIDEOS),
      start: block * BLOCK_SECONDS,
      end: (block + 1) * BLOCK_SECONDS,
      duration: VIDEO_SECONDS + r.pick([0, 0, 0.4, 0.9]),
    };
  }
  if (roll < 0.6) return { kind: r.pick(['tick', 'untick', 'skip'] as const), item: r.pick(ITEMS) };
  if (roll < 0.68) return { kind: 'reset', item: r.pick(ITEMS) };
  if (roll < 0.76) return { kind: 'open', item: r.pick(ITEMS) };
  if (roll < 0.84)
    return { kind: 'note-add', item: r.pick(VIDEOS), seconds: r.int(600), text: `n${r.int(1e6)}` };
  if (roll < 0.9)
    return { kind: 'note-edit', item: r.pick(VIDEOS), index: r.int(4), text: `e${r.int(1e6)}` };
  if (roll < 0.95) return { kind: 'note-delete', item: r.pick(VIDEOS), index: r.int(4) };
  return { kind: 'import', variant: r.int(4) };
}

function faults(r: SeededRandom): Fault[] {
  return Array.from({ length: 3 }, () => {
    const roll = r.next();
    if (roll < 0.72) return 'ok';
    if (roll < 0.78) return 'lose-request';
    if (roll < 0.85) return 'lose-response';
    if (roll < 0.9) return 'duplicate';
    if (roll < 0.95) return 'late';
    return 'die';
  });
}

export function makeSchedule(seed: number): Schedule {
  const r = seededRandom(seed);
  const browsers = 2 + r.int(2);
  const skews = Array.from({ length: browsers }, () => r.int(20 * MINUTE + 1) - 10 * MINUTE);
  const length = 25 + r.int(30);
  const steps: Step[] = [];
  for (let i = 0; i < length; i++) {
    const advance = 1000 + r.int(30_000);
    const browser = r.int(browsers);
    const roll = r.next();
    if (roll < 0.55) steps.push({ advance, kind: 'act', browser, action: action(r) });
    else if (roll < 0.88) steps.push({ advance, kind: 'sync', browser, faults: faults(r) });
    else if (roll < 0.93) steps.push({ advance, kind: 'deliver-late' });
    else steps.push({ advance, kind: 'die', browser });
  }
  // One clock is set a day ahead for a while, then put right (in most schedules).
  if (r.next() < 0.7) {
    const browser = r.int(browsers);
    const from = r.int(steps.length);
    const to = from + 1 + r.int(steps.length - from);
    steps.splice(to, 0, { advance: 1000, kind: 'clock', browser, skew: skews[browser]! });
    steps.splice(from, 0, { advance: 1000, kind: 'clock', browser, skew: skews[browser]! + DAY });
  }
  return { seed, skews, steps };
}

/** A step as one line, for a failure report. */
export function describeStep(step: Step): string {
  const at = `+${(step.advance / 1000).toFixed(1)}s`;
  switch (step.kind) {
    case 'act': {
      const { kind, ...rest } = step.action;
      return `${at} browser ${step.browser}: ${kind} ${JSON.stringify(rest)}`;
    }
    case 'sync':
      return `${at} browser ${step.browser}: sync [${step.faults.join(', ')}]`;
    case 'deliver-late':
      return `${at} a late request arrives`;
    case 'die':
      return `${at} browser ${step.browser}: service worker stopped`;
    case 'clock':
      return `${at} browser ${step.browser}: clock set to ${(step.skew / MINUTE).toFixed(1)} min off`;
  }
}
