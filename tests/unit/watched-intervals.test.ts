import { describe, expect, it } from 'vitest';
import {
  coveredSeconds,
  furthestWatched,
  roundIntervals,
  sameIntervals,
  unionIntervals,
  watchedFraction,
} from '../../shared/watched-intervals';

describe('unionIntervals', () => {
  it('merges overlapping and touching spans, and sorts them', () => {
    expect(
      unionIntervals([
        [50, 60],
        [0, 10],
        [5, 20],
        [20, 30],
      ]),
    ).toEqual([
      [0, 30],
      [50, 60],
    ]);
  });

  it('takes the union of several lists (devices) without counting overlaps twice', () => {
    const laptop: [number, number][] = [[0, 100]];
    const phone: [number, number][] = [
      [50, 150],
      [300, 310],
    ];
    const union = unionIntervals(laptop, phone);
    expect(union).toEqual([
      [0, 150],
      [300, 310],
    ]);
    expect(coveredSeconds(union)).toBe(160);
  });

  it('drops empty, reversed and non-finite spans, and clamps below zero', () => {
    expect(
      unionIntervals([
        [5, 5],
        [9, 3],
        [Number.NaN, 4],
        [0, Number.POSITIVE_INFINITY],
        [-3, 2],
      ]),
    ).toEqual([[0, 2]]);
  });

  it('does not change its inputs', () => {
    const list: [number, number][] = [
      [0, 10],
      [5, 20],
    ];
    unionIntervals(list);
    expect(list).toEqual([
      [0, 10],
      [5, 20],
    ]);
  });
});

describe('watchedFraction and coveredSeconds', () => {
  it('is the share of the duration covered', () => {
    expect(
      watchedFraction(
        [
          [0, 30],
          [60, 90],
        ],
        120,
      ),
    ).toBe(0.5);
  });

  it('counts nothing past the end of the video, and never more than all of it', () => {
    expect(coveredSeconds([[100, 130]], 120)).toBe(20);
    expect(watchedFraction([[0, 500]], 120)).toBe(1);
  });

  it('is 0 when the duration is unknown (live stream, no metadata)', () => {
    expect(watchedFraction([[0, 30]], null)).toBe(0);
    expect(watchedFraction([[0, 30]], 0)).toBe(0);
  });
});

describe('furthestWatched', () => {
  it('is the end of the last span, or 0 when nothing was watched', () => {
    expect(
      furthestWatched([
        [0, 10],
        [40, 55.5],
      ]),
    ).toBe(55.5);
    expect(furthestWatched([])).toBe(0);
  });
});

describe('roundIntervals', () => {
  it('rounds both ends to the nearest tenth', () => {
    expect(roundIntervals([[1.234, 5.678]])).toEqual([[1.2, 5.7]]);
  });

  it('merges spans that meet once rounded', () => {
    expect(
      roundIntervals([
        [0, 9.96],
        [10.04, 20],
      ]),
    ).toEqual([[0, 20]]);
  });

  it('drops a span too short to count (a frame shown before a seek)', () => {
    expect(
      roundIntervals([
        [0, 0.0001],
        [20, 28.3],
      ]),
    ).toEqual([[20, 28.3]]);
  });

  it('keeps exact tenths as they are', () => {
    expect(roundIntervals([[0.3, 0.7]])).toEqual([[0.3, 0.7]]);
  });
});

describe('sameIntervals', () => {
  it('compares merged lists span by span', () => {
    expect(sameIntervals([[0, 1]], [[0, 1]])).toBe(true);
    expect(sameIntervals([[0, 1]], [[0, 2]])).toBe(false);
    expect(sameIntervals([[0, 1]], [])).toBe(false);
  });
});
