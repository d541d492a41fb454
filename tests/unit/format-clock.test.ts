import { describe, expect, it } from 'vitest';
import { formatClock, parseClock } from '../../extension/lib/format-clock';

describe('formatClock and parseClock', () => {
  it('writes times as a video player does', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(1390.9)).toBe('23:10');
    expect(formatClock(3725)).toBe('1:02:05');
  });

  it('reads back what it writes, and plain seconds', () => {
    expect(parseClock('23:10')).toBe(1390);
    expect(parseClock('1:02:05')).toBe(3725);
    expect(parseClock(' 90 ')).toBe(90);
  });

  it('refuses what is not a time', () => {
    expect(parseClock('')).toBeNull();
    expect(parseClock('1:75')).toBeNull();
    expect(parseClock('1:60:00')).toBeNull();
    expect(parseClock('ten')).toBeNull();
  });
});
