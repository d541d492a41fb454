import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDuration } from '../../extension/lib/format-duration';
import { activityDays } from '../../extension/lib/stats/activity-days';
import { currentStreak } from '../../extension/lib/stats/current-streak';
import { finishedPerWeek } from '../../extension/lib/stats/finished-per-week';
import { finishedTimes } from '../../extension/lib/stats/finished-times';
import { timeWatched } from '../../extension/lib/stats/time-watched';
import { weekLabel } from '../../extension/lib/stats/week-label';
import { formatHlc } from '../../shared/hlc';
import { encodeProgressKey } from '../../shared/progress-keys';
import type { Json, Register } from '../../shared/register';
import { deriveProgress } from '../../shared/resource-progress';

// Far from UTC, so a day that starts in local time is not the UTC day.
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/Los_Angeles';
});
afterAll(() => {
  process.env.TZ = zone;
});

/** Local wall-clock time. */
const at = (y: number, m: number, d: number, hour = 12) => new Date(y, m - 1, d, hour).getTime();
const register = (value: Json, ms: number, merge: Register['merge'] = 'lww'): Register => ({
  value,
  hlc: formatHlc(ms, 0, 'dev1'),
  merge,
});

describe('time watched', () => {
  it('adds every video’s watched spans, a span seen on two browsers once', () => {
    const registers = {
      [encodeProgressKey({ field: 'dur', subject: 'v1' })]: register(1200, 0, 'max'),
      [encodeProgressKey({ field: 'iv', epoch: 0, device: 'laptop', subject: 'v1' })]: register(
        [[0, 600]],
        0,
      ),
      [encodeProgressKey({ field: 'iv', epoch: 0, device: 'desk', subject: 'v1' })]: register(
        [[300, 900]],
        0,
      ),
      [encodeProgressKey({ field: 'iv', epoch: 0, device: 'desk', subject: 'v2' })]: register(
        [[0, 2700]],
        0,
      ),
    };
    const progress = deriveProgress(registers);
    const seconds = timeWatched([...progress.values(), progress.get('v1')]);
    expect(seconds).toBe(900 + 2700);
    expect(formatDuration(seconds)).toBe('1 h');
    expect(formatDuration(seconds + 59)).toBe('1 h');
    expect(formatDuration(45 * 60)).toBe('45 min');
    expect(formatDuration(3 * 3600 + 5 * 60)).toBe('3 h 5 min');
  });
});

describe('items finished per week', () => {
  it('counts the items whose status says done, by the week of that tick', () => {
    const registers = {
      [encodeProgressKey({ field: 'status', subject: 'a' })]: register('done', at(2026, 3, 2, 0)),
      [encodeProgressKey({ field: 'status', subject: 'b' })]: register('done', at(2026, 3, 8, 23)),
      [encodeProgressKey({ field: 'status', subject: 'c' })]: register('done', at(2026, 3, 9, 1)),
      [encodeProgressKey({ field: 'status', subject: 'd' })]: register('none', at(2026, 3, 9)),
      [encodeProgressKey({ field: 'status', subject: 'e' })]: register('skipped', at(2026, 3, 9)),
      [encodeProgressKey({ field: 'last', subject: 'a' })]: register(
        at(2026, 3, 12),
        at(2026, 3, 12),
      ),
    };
    const times = finishedTimes(registers);
    expect([...times.keys()].sort()).toEqual(['a', 'b', 'c']);
    // Monday 2 March to Sunday 8 March is one week, local time; Monday 9 March starts the next.
    expect(finishedPerWeek(times.values(), at(2026, 3, 12), 3)).toEqual([
      { weekStart: '2026-02-23', count: 0 },
      { weekStart: '2026-03-02', count: 2 },
      { weekStart: '2026-03-09', count: 1 },
    ]);
    expect(weekLabel('2026-03-02', 'en-GB')).toBe('2 Mar');
  });
});

describe('current streak', () => {
  const days = (...dates: number[]) =>
    new Set(dates.map((d) => `2026-03-${String(d).padStart(2, '0')}`));

  it('counts the days in a row with activity, up to today', () => {
    expect(currentStreak(days(9, 10, 11, 12), at(2026, 3, 12))).toBe(4);
    expect(currentStreak(days(8, 10, 11, 12), at(2026, 3, 12))).toBe(3);
  });

  it('is not broken before today is over, and is 0 after a day without any', () => {
    expect(currentStreak(days(10, 11), at(2026, 3, 12, 8))).toBe(2);
    expect(currentStreak(days(10), at(2026, 3, 12))).toBe(0);
  });

  it('reads the days from the times of the writes, in local time', () => {
    const registers = {
      [encodeProgressKey({ field: 'status', subject: 'a' })]: register('done', at(2026, 3, 11, 23)),
      [encodeProgressKey({ field: 'last', subject: 'b' })]: register(0, at(2026, 3, 12, 0)),
      'c/some-curriculum': register('x', at(2026, 3, 1)),
    };
    expect([...activityDays(registers)].sort()).toEqual(['2026-03-11', '2026-03-12']);
    expect(currentStreak(activityDays(registers), at(2026, 3, 12, 9))).toBe(2);
  });
});
