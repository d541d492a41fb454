import { describe, expect, it } from 'vitest';
import type { Change } from '../../shared/register';
import { MAX_CHANGES_PER_SYNC, MAX_PAGE_CHANGES } from '../../shared/sync-protocol/limits';
import { call, createAccount, expectError, hlc, pairDevice, sync, syncAll } from './support/api';

const keysOf = (changes: { key: string }[]) => changes.map((change) => change.key).sort();

/** Pushes `changes` in as many requests as the limit per request needs. */
async function pushInRequests(token: string, changes: Change[]) {
  for (let i = 0; i < changes.length; i += MAX_CHANGES_PER_SYNC) {
    await sync(token, null, changes.slice(i, i + MAX_CHANGES_PER_SYNC));
  }
}

describe('POST /v1/sync', () => {
  it('pushes and pulls in one round trip, the response holding its own changes', async () => {
    const a = await createAccount();
    const b = await pairDevice(a.token);
    const pushed = await sync(a.token, null, [
      { key: 'opened:slides-1', value: { at: 1 }, hlc: hlc(a.deviceId) },
    ]);
    expect(pushed.more).toBe(false);
    expect(pushed.changes).toEqual([
      { key: 'opened:slides-1', value: { at: 1 }, hlc: expect.any(String), merge: 'lww' },
    ]);
    const pulled = await sync(b.token, null);
    expect(pulled.changes).toEqual(pushed.changes);
  });

  it('pulls only what changed after the cursor, and nothing when nothing did', async () => {
    const a = await createAccount();
    const b = await pairDevice(a.token);
    const first = await sync(a.token, null, [{ key: 'k1', value: 1, hlc: hlc(a.deviceId) }]);
    const bSeen = await sync(b.token, null);
    await sync(a.token, first.cursor, [{ key: 'k2', value: 2, hlc: hlc(a.deviceId) }]);
    const next = await sync(b.token, bSeen.cursor);
    expect(keysOf(next.changes)).toEqual(['k2']);
    const quiet = await sync(b.token, next.cursor);
    expect(quiet).toEqual({
      cursor: next.cursor,
      changes: [],
      more: false,
      serverTime: expect.any(Number),
    });
  });

  it('tells the server’s time in every answer, so clients can stamp by it', async () => {
    const a = await createAccount();
    const before = Date.now();
    const { serverTime } = await sync(a.token, null);
    expect(serverTime).toBeGreaterThanOrEqual(before);
    expect(serverTime).toBeLessThanOrEqual(Date.now());
  });

  it('sends a register once, with its latest value, however often it changed', async () => {
    const a = await createAccount();
    const start = await sync(a.token, null);
    for (let i = 1; i <= 3; i++) {
      await sync(a.token, null, [{ key: 'position', value: i * 10, hlc: hlc(a.deviceId, 0, i) }]);
    }
    const { changes } = await sync(a.token, start.cursor);
    expect(changes).toEqual([
      { key: 'position', value: 30, hlc: expect.stringMatching(/-000003-/), merge: 'lww' },
    ]);
  });

  it('keeps every JSON value exactly as sent', async () => {
    const a = await createAccount();
    const values = [
      null,
      true,
      false,
      0,
      -1.5,
      1e21,
      'text "quoted" é 😀',
      [1, [2]],
      { a: { b: null } },
    ];
    const changes: Change[] = values.map((value, i) => ({
      key: `v${i}`,
      value,
      hlc: hlc(a.deviceId, 0, i),
    }));
    await sync(a.token, null, changes);
    const pulled = await sync(a.token, null);
    expect(pulled.changes.map((change) => change.value)).toEqual(values);
  });

  it('makes a retried request harmless: same state, no new changes', async () => {
    const a = await createAccount();
    const b = await pairDevice(a.token);
    const changes: Change[] = [
      { key: 'done:ch1', value: true, hlc: hlc(a.deviceId) },
      { key: 'furthest:v1', value: 120, hlc: hlc(a.deviceId, 0, 1), merge: 'max' },
      { key: 'first:v1', value: 5, hlc: hlc(a.deviceId, 0, 2), merge: 'min' },
    ];
    const bStart = await sync(b.token, null);
    const once = await sync(a.token, null, changes);
    const twice = await sync(a.token, null, changes);
    expect(twice.changes).toEqual(once.changes);
    expect((await sync(a.token, once.cursor, changes)).changes).toEqual([]);
    const seenByB = await sync(b.token, bStart.cursor);
    expect(seenByB.changes).toEqual(once.changes);
  });

  it('pages a large pull with `more`, each register exactly once', async () => {
    const a = await createAccount();
    const b = await pairDevice(a.token);
    const changes: Change[] = Array.from({ length: MAX_PAGE_CHANGES + 500 }, (_, i) => ({
      key: `item:${String(i).padStart(4, '0')}`,
      value: i,
      hlc: hlc(a.deviceId, 0, i),
    }));
    await pushInRequests(a.token, changes);
    const first = await sync(b.token, null);
    expect(first.changes).toHaveLength(MAX_PAGE_CHANGES);
    expect(first.more).toBe(true);
    const all = await syncAll(b.token, null);
    expect(all.pages).toBe(2);
    expect(keysOf(all.changes)).toEqual(keysOf(changes));
  });

  it('pages by size too, so a response stays near 1 MiB', async () => {
    const a = await createAccount();
    const big = 'x'.repeat(60 * 1024);
    for (let round = 0; round < 2; round++) {
      const changes = Array.from({ length: 12 }, (_, i) => ({
        key: `notes:${round}:${i}`,
        value: big,
        hlc: hlc(a.deviceId, 0, round * 100 + i),
      }));
      await sync(a.token, null, changes.slice(0, 12));
    }
    const first = await sync(a.token, null);
    expect(first.more).toBe(true);
    expect(first.changes.length).toBeLessThan(24);
    expect(JSON.stringify(first).length).toBeLessThan(1024 * 1024 + 70 * 1024);
    const all = await syncAll(a.token, null);
    expect(all.changes).toHaveLength(24);
  });

  it('misses nothing written by another device between two pages', async () => {
    const a = await createAccount();
    const b = await pairDevice(a.token);
    const initial: Change[] = Array.from({ length: MAX_PAGE_CHANGES + 200 }, (_, i) => ({
      key: `old:${i}`,
      value: i,
      hlc: hlc(a.deviceId, 0, i),
    }));
    await pushInRequests(a.token, initial);
    const page1 = await sync(b.token, null);
    expect(page1.more).toBe(true);
    // A rewrites a register B has already seen, and writes a new one.
    await sync(a.token, null, [
      { key: 'old:0', value: 'rewritten', hlc: hlc(a.deviceId, 1000) },
      { key: 'new', value: 1, hlc: hlc(a.deviceId, 1000, 1) },
    ]);
    const rest = await syncAll(b.token, page1.cursor);
    const seen = new Map([...page1.changes, ...rest.changes].map((c) => [c.key, c.value]));
    expect(seen.size).toBe(initial.length + 1);
    expect(seen.get('old:0')).toBe('rewritten');
    expect(seen.get('new')).toBe(1);
  });

  it('neither loses a write nor skips one when requests of one account run at once', async () => {
    const a = await createAccount();
    const b = await pairDevice(a.token);
    const start = await sync(a.token, null);
    const writers = Array.from({ length: 16 }, (_, i) => {
      const device = i % 2 === 0 ? a : b;
      return sync(device.token, start.cursor, [
        { key: `concurrent:${i}`, value: i, hlc: hlc(device.deviceId, 0, i) },
        { key: 'furthest', value: i, hlc: hlc(device.deviceId, 0, 100 + i), merge: 'max' },
      ]);
    });
    const responses = await Promise.all(writers);
    const everything = await syncAll(a.token, null);
    const expected = [...Array.from({ length: 16 }, (_, i) => `concurrent:${i}`), 'furthest'];
    expect(keysOf(everything.changes)).toEqual(expected.sort());
    expect(everything.changes.find((c) => c.key === 'furthest')?.value).toBe(15);
    for (const [i, response] of responses.entries()) {
      expect(keysOf(response.changes)).toContain(`concurrent:${i}`);
      const later = await syncAll(a.token, response.cursor);
      const seen = new Set([...keysOf(response.changes), ...keysOf(later.changes)]);
      expect([...seen].sort()).toEqual(expected.sort());
    }
  });

  it('keeps accounts apart: one never sees or changes another’s registers', async () => {
    const alice = await createAccount('Alice');
    const bob = await createAccount('Bob');
    await sync(alice.token, null, [
      { key: 'shared-key', value: 'alice', hlc: hlc(alice.deviceId) },
    ]);
    const bobView = await sync(bob.token, null, [
      { key: 'shared-key', value: 'bob', hlc: hlc(bob.deviceId, 1000) },
      { key: 'bob-only', value: 1, hlc: hlc(bob.deviceId, 1000, 1) },
    ]);
    expect(keysOf(bobView.changes)).toEqual(['bob-only', 'shared-key']);
    expect(bobView.changes.find((c) => c.key === 'shared-key')?.value).toBe('bob');
    const aliceView = await sync(alice.token, null);
    expect(aliceView.changes).toEqual([
      { key: 'shared-key', value: 'alice', hlc: expect.any(String), merge: 'lww' },
    ]);
  });

  it('refuses a cursor that is malformed, from another account or from the future', async () => {
    const alice = await createAccount('Alice');
    const bob = await createAccount('Bob');
    await sync(alice.token, null, [{ key: 'k', value: 1, hlc: hlc(alice.deviceId) }]);
    const aliceCursor = (await sync(alice.token, null)).cursor;
    const forged = btoa(`${alice.accountId}:999`).replace(/=+$/, '');
    for (const cursor of ['not a cursor!', '', 'AAAA', aliceCursor, forged]) {
      const token = cursor === aliceCursor ? bob.token : alice.token;
      const response = await call('POST', '/v1/sync', { token, json: { cursor, changes: [] } });
      await expectError(response, 400, 'invalid_cursor');
    }
    const wrongType = await call('POST', '/v1/sync', {
      token: alice.token,
      json: { cursor: 5, changes: [] },
    });
    await expectError(wrongType, 400, 'invalid_request');
  });

  it('needs a token', async () => {
    const response = await call('POST', '/v1/sync', { json: { cursor: null, changes: [] } });
    await expectError(response, 401, 'missing_token');
  });
});
