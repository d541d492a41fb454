import { describe, expect, it } from 'vitest';
import { formatHlc, parseHlc, stampAfter, tickHlc } from '../../shared/hlc';

describe('hybrid logical clock', () => {
  it('formats fixed-width stamps whose string order is clock order', () => {
    const a = formatHlc(999, 5, 'dev');
    const b = formatHlc(1000, 0, 'dev');
    expect(a < b).toBe(true);
    expect(parseHlc(a)).toEqual({ ms: 999, counter: 5, deviceId: 'dev' });
  });
  it('never goes backwards when the wall clock does', () => {
    const s1 = tickHlc({ ms: 0, counter: 0 }, 5000);
    const s2 = tickHlc(s1, 4000);
    expect(s2).toEqual({ ms: 5000, counter: 1 });
  });
  it('stamps a change after the value it replaces, without moving the clock', () => {
    const next = tickHlc({ ms: 10, counter: 0 }, 20);
    expect(stampAfter(next, formatHlc(50, 7, 'x'))).toEqual({ ms: 50, counter: 8 });
    expect(stampAfter(next, formatHlc(5, 7, 'x'))).toEqual(next);
    expect(stampAfter(next, undefined)).toEqual(next);
    expect(tickHlc(next, 21)).toEqual({ ms: 21, counter: 0 });
  });
});
