import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../shared/hlc';
import { type Change, type Json, mergeRegister, type Register } from '../../shared/register';
import type { RegisterChange } from '../../shared/sync-protocol/change';
import { seededRandom } from '../support/seeded-random';
import { createAccount, hlc, pairDevice, sync, syncAll } from './support/api';

const byKey = (changes: RegisterChange[]) =>
  Object.fromEntries(changes.map(({ key, ...register }) => [key, register]));

/** Two browsers of one account that have each synced once. */
async function twoBrowsers() {
  const a = await createAccount('A');
  const b = await pairDevice(a.token, 'B');
  return {
    a,
    b,
    aCursor: (await sync(a.token, null)).cursor,
    bCursor: (await sync(b.token, null)).cursor,
  };
}

describe('two browsers converging through /v1/sync', () => {
  it('lww: the later clock wins, whichever browser syncs first', async () => {
    const { a, b, aCursor, bCursor } = await twoBrowsers();
    // A ticks offline at t; B unticks later by clock at t+1s, but B reaches the server first.
    const bFirst = await sync(b.token, bCursor, [
      { key: 'status:ch1', value: 'none', hlc: hlc(b.deviceId, 1000) },
    ]);
    const aThen = await sync(a.token, aCursor, [
      { key: 'status:ch1', value: 'done', hlc: hlc(a.deviceId, 0) },
    ]);
    expect(aThen.changes).toEqual([
      { key: 'status:ch1', value: 'none', hlc: expect.stringContaining(b.deviceId), merge: 'lww' },
    ]);
    const bThen = await sync(b.token, bFirst.cursor);
    expect(bThen.changes).toEqual([]);
    expect(byKey((await sync(a.token, null)).changes)).toEqual(
      byKey((await sync(b.token, null)).changes),
    );
  });

  it('max: the greater number wins, so watched progress never goes back', async () => {
    const { a, b, aCursor, bCursor } = await twoBrowsers();
    await sync(a.token, aCursor, [
      { key: 'furthest:v1', value: 600, hlc: hlc(a.deviceId, 2000), merge: 'max' },
    ]);
    const fromB = await sync(b.token, bCursor, [
      { key: 'furthest:v1', value: 240, hlc: hlc(b.deviceId, 5000), merge: 'max' },
    ]);
    expect(fromB.changes.map((c) => c.value)).toEqual([600]);
    await sync(b.token, fromB.cursor, [
      { key: 'furthest:v1', value: 601.5, hlc: hlc(b.deviceId, 6000), merge: 'max' },
    ]);
    expect((await sync(a.token, null)).changes.map((c) => c.value)).toEqual([601.5]);
  });

  it('min: the smaller number wins, so the first opening is kept', async () => {
    const { a, b, aCursor, bCursor } = await twoBrowsers();
    await sync(b.token, bCursor, [
      { key: 'first-opened:slides', value: 1_700_000_500_000, hlc: hlc(b.deviceId), merge: 'min' },
    ]);
    const fromA = await sync(a.token, aCursor, [
      { key: 'first-opened:slides', value: 1_700_000_000_000, hlc: hlc(a.deviceId), merge: 'min' },
    ]);
    expect(fromA.changes.map((c) => c.value)).toEqual([1_700_000_000_000]);
    expect((await sync(b.token, null)).changes.map((c) => c.value)).toEqual([1_700_000_000_000]);
  });

  it('max and min: equal numbers fall back to the later clock, the same on every browser', async () => {
    const { a, b } = await twoBrowsers();
    const later = hlc(b.deviceId, 1000);
    await sync(b.token, null, [{ key: 'm', value: 7, hlc: later, merge: 'max' }]);
    await sync(a.token, null, [{ key: 'm', value: 7, hlc: hlc(a.deviceId), merge: 'max' }]);
    expect((await sync(a.token, null)).changes).toEqual([
      { key: 'm', value: 7, hlc: later, merge: 'max' },
    ]);
  });

  it('all three at once, from two browsers writing concurrently, end the same on both', async () => {
    const { a, b, aCursor, bCursor } = await twoBrowsers();
    const writes = (device: { deviceId: string }, n: number): Change[] => [
      { key: 'lww', value: `from ${device.deviceId}`, hlc: hlc(device.deviceId, n) },
      { key: 'max', value: n, hlc: hlc(device.deviceId, n, 1), merge: 'max' },
      { key: 'min', value: n, hlc: hlc(device.deviceId, n, 2), merge: 'min' },
    ];
    const [fromA, fromB] = await Promise.all([
      sync(a.token, aCursor, writes(a, 300)),
      sync(b.token, bCursor, writes(b, 100)),
    ]);
    const aView = byKey((await syncAll(a.token, fromA.cursor)).changes);
    const bView = byKey((await syncAll(b.token, fromB.cursor)).changes);
    const finalA = { ...byKey(fromA.changes), ...aView };
    const finalB = { ...byKey(fromB.changes), ...bView };
    expect(finalA).toEqual(finalB);
    expect(finalA.lww?.value).toBe(`from ${a.deviceId}`);
    expect(finalA.max?.value).toBe(300);
    expect(finalA.min?.value).toBe(100);
  });
});

describe('the server’s SQL merge and shared/register.ts', () => {
  const lwwValues: Json[] = [null, true, 'done', 'skipped', 0, -3, 2.5, 1e21, [1, 'a'], { at: 42 }];

  for (const seed of [1, 2, 3, 4, 5]) {
    it(`end in the same registers for the same changes in the same order (seed ${seed})`, async () => {
      const rng = seededRandom(seed);
      const { a, b } = await twoBrowsers();
      const devices = [a, b];
      const base = Date.now() - 60_000;
      // Each key keeps one rule for its whole life (the server refuses a change of rule);
      // an lww change may leave its rule out.
      const keyRules = ['lww', 'max', 'min'] as const;
      const changes: Change[] = Array.from({ length: 200 }, (_, i) => {
        const n = rng.int(8);
        const keyRule = keyRules[n % keyRules.length]!;
        const rule = keyRule === 'lww' ? rng.pick(['lww', undefined] as const) : keyRule;
        const value =
          rule === 'max' || rule === 'min' ? rng.pick([1, 2, 3, 2.5, -1]) : rng.pick(lwwValues);
        const ms = base + rng.int(5) * 1000;
        const device = rng.pick(devices);
        return {
          key: `k${n}`,
          value,
          hlc: formatHlc(ms, i, device.deviceId),
          ...(rule ? { merge: rule } : {}),
        };
      });
      const expected = new Map<string, Register>();
      for (const change of changes) {
        expected.set(change.key, mergeRegister(expected.get(change.key), change));
      }
      // Send them in order, in requests of random sizes from either browser.
      for (let i = 0; i < changes.length; ) {
        const size = 1 + rng.int(40);
        const device = rng.pick(devices);
        await sync(device.token, null, changes.slice(i, i + size));
        i += size;
      }
      const stored = byKey((await syncAll(a.token, null)).changes);
      expect(stored).toEqual(Object.fromEntries(expected));
    });
  }
});
