import { describe, expect, it } from 'vitest';
import { isFinished, itemState } from '../../shared/item-state';
import type { ResourceProgress } from '../../shared/resource-progress';

function progress(overrides: Partial<ResourceProgress> = {}): ResourceProgress {
  return {
    subject: 'example.com/a',
    epoch: 0,
    firstOpened: null,
    lastOpened: null,
    openCount: 0,
    status: 'none',
    video: null,
    notes: [],
    ...overrides,
  };
}

const video = (fraction: number) => ({
  duration: 600,
  furthest: fraction * 600,
  fraction,
  intervals: [],
  position: null,
});

describe('item state', () => {
  it('is not started when nothing was ever recorded', () => {
    expect(itemState(undefined)).toEqual({ kind: 'not-started' });
  });

  it('is not started after a reset left only empty registers', () => {
    expect(itemState(progress({ epoch: 5 }))).toEqual({ kind: 'not-started' });
  });

  it('is opened once visited, but opening is not finishing', () => {
    const opened = itemState(progress({ firstOpened: 1, lastOpened: 1, openCount: 1 }));
    expect(opened).toEqual({ kind: 'opened' });
    expect(isFinished(opened)).toBe(false);
  });

  it('counts an open seen only on another device (first-opened synced, no local count)', () => {
    expect(itemState(progress({ firstOpened: 1 }))).toEqual({ kind: 'opened' });
  });

  it('shows a video being watched as a whole percent, never 100 before it is done', () => {
    expect(itemState(progress({ video: video(0.426) }))).toEqual({ kind: 'watching', percent: 42 });
    expect(itemState(progress({ video: video(0.999) }))).toEqual({ kind: 'watching', percent: 99 });
  });

  it('treats a video opened but not yet played as opened', () => {
    expect(itemState(progress({ video: video(0) }))).toEqual({ kind: 'opened' });
  });

  it('lets the learner’s tick win over any progress', () => {
    const ticked = itemState(progress({ status: 'done', video: video(0.3), openCount: 2 }));
    expect(ticked).toEqual({ kind: 'done' });
    expect(isFinished(ticked)).toBe(true);
  });

  it('shows skipped items as skipped, and counts them as finished', () => {
    const skipped = itemState(progress({ status: 'skipped', openCount: 1 }));
    expect(skipped).toEqual({ kind: 'skipped' });
    expect(isFinished(skipped)).toBe(true);
  });
});
