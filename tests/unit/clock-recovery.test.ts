import { describe, expect, it } from 'vitest';
import { clockAhead, recoverClock } from '../../extension/lib/clock-recovery';
import { formatHlc } from '../../shared/hlc';
import type { Change, Register } from '../../shared/register';

const NOW = 1_800_000_000_000;
const DAY = 24 * 3600_000;

function state(entries: [key: string, ms: number, queued: boolean][]) {
  const registers: Record<string, Register> = {};
  const outbox: Record<string, Change> = {};
  entries.forEach(([key, ms, queued], i) => {
    const hlc = formatHlc(ms, i, 'me');
    registers[key] = { value: key, hlc, merge: 'lww' };
    if (queued) outbox[key] = { key, value: key, hlc, merge: 'lww' };
  });
  return { registers, outbox, clock: { ms: Math.max(...entries.map(([, ms]) => ms)), counter: 0 } };
}

describe('a clock that ran ahead', () => {
  it('is found ahead by its clock or by a waiting change, not by a few seconds', () => {
    expect(clockAhead(state([['a', NOW + 5000, true]]), NOW)).toBe(false);
    expect(clockAhead(state([['a', NOW + DAY, true]]), NOW)).toBe(true);
    expect(
      clockAhead({ ...state([['a', NOW, true]]), clock: { ms: NOW + DAY, counter: 0 } }, NOW),
    ).toBe(true);
  });

  it('re-stamps waiting changes at the time they were made, and their registers with them', () => {
    const before = state([
      ['made-an-hour-ago', NOW + DAY - 3600_000, true],
      ['sent-already', NOW - 60_000, false],
      ['fine', NOW - 1000, true],
    ]);
    const after = recoverClock(before, NOW, -DAY);
    const ms = (hlc: string | undefined) => Number(hlc?.slice(0, 15));
    expect(ms(after.outbox['made-an-hour-ago']?.hlc)).toBe(NOW - 3600_000);
    expect(after.registers['made-an-hour-ago']?.hlc).toBe(after.outbox['made-an-hour-ago']?.hlc);
    expect(after.registers['sent-already']).toEqual(before.registers['sent-already']);
    expect(after.outbox.fine).toEqual(before.outbox.fine);
    expect(after.clock).toEqual({ ms: NOW, counter: 0 });
    expect(clockAhead(after, NOW)).toBe(false);
  });

  it('never re-stamps past now, whatever the offset says', () => {
    const after = recoverClock(state([['a', NOW + DAY, true]]), NOW, 0);
    expect(Number(after.outbox.a?.hlc.slice(0, 15))).toBe(NOW);
  });
});
