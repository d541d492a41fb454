import { describe, expect, it } from 'vitest';
import { formatHlc, parseHlc, receiveHlc, tickHlc } from '../../shared/hlc';

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
  it('moves past a remote stamp it receives', () => {
    const s = receiveHlc({ ms: 10, counter: 0 }, formatHlc(50, 7, 'x'), 20);
    expect(s).toEqual({ ms: 50, counter: 7 });
    expect(tickHlc(s, 20)).toEqual({ ms: 50, counter: 8 });
  });
});
