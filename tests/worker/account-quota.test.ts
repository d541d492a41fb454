import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../shared/register';
import { createAccount, expectError, hlc, pairDevice, sync } from './support/api';
import { callWithVars } from './support/with-vars';

/** The account's running totals, and what its registers really add up to. */
async function totals(accountId: string) {
  const kept = await env.DB.prepare(
    'SELECT stored_bytes AS bytes, register_count AS registers FROM accounts WHERE id = ?',
  )
    .bind(accountId)
    .first<{ bytes: number; registers: number }>();
  const real = await env.DB.prepare(
    `SELECT coalesce(sum(length(CAST(key AS BLOB)) + length(CAST(value AS BLOB))), 0) AS bytes,
      count(*) AS registers FROM registers WHERE account_id = ?`,
  )
    .bind(accountId)
    .first<{ bytes: number; registers: number }>();
  return { kept, real };
}

/** An account on a server whose quotas are `vars`, with a `push` that returns the response. */
async function accountUnder(vars: Record<string, string>) {
  const call = callWithVars(vars);
  const { token, deviceId, accountId } = await createAccount();
  let counter = 0;
  const change = (key: string, value: Change['value'], merge?: Change['merge']): Change => ({
    key,
    value,
    hlc: hlc(deviceId, 0, counter++),
    ...(merge ? { merge } : {}),
  });
  const push = (changes: Change[]) =>
    call('POST', '/v1/sync', { token, json: { cursor: null, changes } });
  const keys = async () => (await sync(token, null)).changes.map((c) => c.key).sort();
  return { token, accountId, change, push, keys };
}

describe('per-account quotas', () => {
  it('refuses a push past the registers quota, whole, and keeps accepting updates of held keys', async () => {
    const { change, push, keys } = await accountUnder({ ACCOUNT_MAX_REGISTERS: '5' });
    const five = ['a', 'b', 'c', 'd', 'e'];
    expect((await push(five.map((key) => change(key, 1)))).status).toBe(200);
    const message = await expectError(
      await push([change('a', 2), change('f', 1)]),
      403,
      'quota_exceeded',
    );
    expect(message).toMatch(/Nothing of it was applied/);
    expect(await keys()).toEqual(five);
    expect((await push([change('a', 3), change('b', 'longer value')])).status).toBe(200);
  });

  it('refuses a push past the stored-bytes quota, counting keys and values in UTF-8 bytes', async () => {
    const { accountId, change, push, keys } = await accountUnder({
      ACCOUNT_MAX_STORED_BYTES: '1000',
    });
    // Key "big" (3 bytes) + 900 bytes of JSON ("é" is 2 bytes; 449 of them and 2 quotes).
    expect((await push([change('big', 'é'.repeat(449))])).status).toBe(200);
    expect((await totals(accountId)).kept).toEqual({ bytes: 903, registers: 1 });
    await expectError(await push([change('more', 'x'.repeat(100))]), 403, 'quota_exceeded');
    expect(await keys()).toEqual(['big']);
    // Making room lets it in: the totals follow every replacement.
    expect((await push([change('big', 'small')])).status).toBe(200);
    expect((await push([change('more', 'x'.repeat(100))])).status).toBe(200);
    const { kept, real } = await totals(accountId);
    expect(kept).toEqual(real);
    expect(kept).toEqual({ bytes: 3 + 7 + 4 + 102, registers: 2 });
  });

  it('lets an account over a lowered quota write what does not grow it', async () => {
    const generous = await accountUnder({});
    expect((await generous.push([generous.change('note', 'x'.repeat(500))])).status).toBe(200);
    const call = callWithVars({ ACCOUNT_MAX_STORED_BYTES: '100' });
    const push = (changes: Change[]) =>
      call('POST', '/v1/sync', { token: generous.token, json: { cursor: null, changes } });
    expect((await push([generous.change('note', 'y'.repeat(500))])).status).toBe(200);
    expect((await push([generous.change('note', 'y'.repeat(100))])).status).toBe(200);
    await expectError(
      await push([generous.change('note', 'z'.repeat(101))]),
      403,
      'quota_exceeded',
    );
  });

  it('keeps the running totals exact under concurrent pushes from two browsers', async () => {
    const a = await createAccount();
    const b = await pairDevice(a.token);
    const requests = Array.from({ length: 12 }, (_, i) => {
      const device = i % 2 === 0 ? a : b;
      const changes = Array.from({ length: 20 }, (_, j) => ({
        key: `k${(i * 7 + j) % 30}`,
        value: 'v'.repeat((i * 13 + j) % 50),
        hlc: hlc(device.deviceId, i * 10, j),
      }));
      return sync(device.token, null, changes);
    });
    await Promise.all(requests);
    const { kept, real } = await totals(a.accountId);
    expect(real?.registers).toBe(30);
    expect(kept).toEqual(real);
  });

  it('starts from the right totals on a database that had registers before (migration 0001)', async () => {
    const { token, deviceId, accountId } = await createAccount();
    await sync(token, null, [
      { key: 'status:ch1', value: 'done', hlc: hlc(deviceId) },
      { key: 'notes:é', value: { text: 'ünïcode' }, hlc: hlc(deviceId, 0, 1) },
    ]);
    const before = await totals(accountId);
    // As a database made before the migration: no sizes, no totals. Then the migration's own
    // backfill statements.
    await env.DB.batch([
      env.DB.prepare('UPDATE registers SET size = 0 WHERE account_id = ?').bind(accountId),
      env.DB.prepare('UPDATE accounts SET stored_bytes = 0, register_count = 0 WHERE id = ?').bind(
        accountId,
      ),
    ]);
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0001'));
    const backfills = (migration?.queries ?? [])
      .map((query) => query.replace(/^\s*--.*$/gm, '').trim())
      .filter((query) => query.startsWith('UPDATE'));
    expect(backfills).toHaveLength(2);
    for (const query of backfills) await env.DB.prepare(query).run();
    expect(await totals(accountId)).toEqual(before);
    const sizes = await env.DB.prepare(
      'SELECT key, size FROM registers WHERE account_id = ? ORDER BY key',
    )
      .bind(accountId)
      .all<{ key: string; size: number }>();
    expect(sizes.results).toEqual([
      { key: 'notes:é', size: 8 + JSON.stringify({ text: 'ünïcode' }).length + 2 },
      { key: 'status:ch1', size: 10 + 6 },
    ]);
  });
});
