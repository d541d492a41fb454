import { env } from 'cloudflare:workers';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { applyChangesStatements } from '../../worker/sync/apply-changes';
import { createAccount, hlc, sync } from './support/api';

const dialect = new SQLiteAsyncDialect();
const quota = { maxStoredBytes: 1e9, maxRegisters: 1e6 };

/** An account holding `count` registers `k0…`, and its first device. */
async function accountWith(count: number) {
  const account = await createAccount();
  for (let i = 0; i < count; i += 100) {
    const changes = Array.from({ length: Math.min(100, count - i) }, (_, j) => ({
      key: `k${i + j}`,
      value: i + j,
      hlc: hlc(account.deviceId, 0, i + j),
    }));
    await sync(account.token, null, changes);
  }
  return account;
}

/** D1's rows_read over every statement of one push of `changes`, as /v1/sync writes it. */
async function rowsReadToPush(accountId: string, deviceId: string) {
  const changes = [
    { key: 'k1', value: 'changed', hlc: hlc(deviceId, 1, 0) },
    { key: 'k2', value: 3, hlc: hlc(deviceId, 1, 1), merge: 'lww' as const },
    { key: 'new-1', value: 1, hlc: hlc(deviceId, 1, 2), merge: 'max' as const },
    { key: 'new-2', value: [1, 2], hlc: hlc(deviceId, 1, 3) },
  ];
  const statements = applyChangesStatements(accountId, changes, quota).map((query) => {
    const { sql, params } = dialect.sqlToQuery(query);
    return env.DB.prepare(sql).bind(...params);
  });
  const results = await env.DB.batch(statements);
  return results.reduce((sum, result) => sum + result.meta.rows_read, 0);
}

describe('a push costs what it writes', () => {
  it("reads as many rows for the same changes whatever the account's size", async () => {
    const small = await accountWith(20);
    const large = await accountWith(600);
    const readSmall = await rowsReadToPush(small.accountId, small.deviceId);
    const readLarge = await rowsReadToPush(large.accountId, large.deviceId);
    expect(readLarge).toBe(readSmall);
    expect(readSmall).toBeLessThan(100);
  });
});
