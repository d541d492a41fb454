import {
  createExecutionContext,
  createScheduledController,
  waitOnExecutionContext,
} from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { purgeDeletedAccounts } from '../../worker/account/purge-deleted-accounts';
import { database } from '../../worker/db/database';
import worker from '../../worker/index';
import { call, createAccount, expectError, hlc, rowsOfAccount, sync } from './support/api';

/** An account holding `count` registers (written straight into D1, for speed). */
async function accountWith(count: number) {
  const account = await createAccount();
  await sync(account.token, null, [{ key: 'via-sync', value: 1, hlc: hlc(account.deviceId) }]);
  await env.DB.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
    INSERT INTO registers (account_id, key, value, hlc, merge, seq, size)
    SELECT ?, 'k' || i, i, ?, 'lww', 1000 + i, 8 FROM n`,
  )
    .bind(count - 1, account.accountId, hlc(account.deviceId))
    .run();
  return account;
}

/** Marks the account deleted as DELETE /v1/account's first batch does, leaving its registers. */
async function markDeleted(accountId: string) {
  await env.DB.prepare('DELETE FROM devices WHERE account_id = ?').bind(accountId).run();
  await env.DB.prepare('UPDATE accounts SET deleted_at = ? WHERE id = ?')
    .bind(Date.now(), accountId)
    .run();
}

describe('deleting an account in bounded batches', () => {
  it('finishes a large account over several bounded purges, and leaves others alone', async () => {
    const big = await accountWith(1200);
    const other = await accountWith(3);
    await markDeleted(big.accountId);
    const budget = { registersPerStatement: 100, statements: 5 };
    const left: number[] = [];
    let done = false;
    while (!done) {
      done = await purgeDeletedAccounts(database(env), budget);
      left.push((await rowsOfAccount(big.accountId)).registers ?? 0);
      expect(left.length).toBeLessThan(20);
    }
    // Each purge deleted at most its budget (2 deletions of 100 per 5 statements, the other
    // statements finding the account) and at least some rows, until none were left.
    const deletedPerCall = [1200, ...left].slice(0, -1).map((n, i) => n - left[i]!);
    for (const n of deletedPerCall.slice(0, -1)) {
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThanOrEqual(300);
    }
    expect(await rowsOfAccount(big.accountId)).toEqual({
      accounts: 0,
      devices: 0,
      pairing_codes: 0,
      registers: 0,
    });
    expect((await rowsOfAccount(other.accountId)).registers).toBe(3);
  });

  it('ends the account at once (204, tokens dead) even when its registers outlast the request', async () => {
    // More registers than one request purges by default (about 10,000).
    const big = await accountWith(12_000);
    const response = await call('DELETE', '/v1/account', { token: big.token });
    expect(response.status).toBe(204);
    await expectError(await call('GET', '/v1/devices', { token: big.token }), 401, 'invalid_token');
    await expectError(
      await call('POST', '/v1/devices', { json: { code: big.recoveryKey, deviceName: 'Back' } }),
      403,
      'invalid_code',
    );
    expect((await rowsOfAccount(big.accountId)).registers).toBeGreaterThan(0);
    // The scheduled purge finishes it.
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController(), env, ctx);
    await waitOnExecutionContext(ctx);
    expect(await rowsOfAccount(big.accountId)).toEqual({
      accounts: 0,
      devices: 0,
      pairing_codes: 0,
      registers: 0,
    });
  });
});
