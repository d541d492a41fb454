import { env } from 'cloudflare:workers';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { pullChangesQuery } from '../../worker/sync/pull-changes';
import { createAccount, hlc, sync } from './support/api';

const dialect = new SQLiteAsyncDialect();

/** An account holding `count` registers whose values are `bytes` characters long. */
async function accountWith(count: number, bytes: number): Promise<string> {
  const { token, deviceId, accountId } = await createAccount();
  for (let i = 0; i < count; i += 20) {
    const changes = Array.from({ length: Math.min(20, count - i) }, (_, j) => ({
      key: `k${i + j}`,
      value: 'x'.repeat(bytes),
      hlc: hlc(deviceId, 0, i + j),
    }));
    await sync(token, null, changes);
  }
  return accountId;
}

/** The first page from `null`, as /v1/sync reads it: rows sent and D1's rows_read. */
async function pull(accountId: string) {
  const { sql, params } = dialect.sqlToQuery(pullChangesQuery(accountId, 0));
  const { results, meta } = await env.DB.prepare(sql)
    .bind(...params)
    .all();
  return { sent: results.length, rowsRead: meta.rows_read };
}

describe('a pull costs what it returns', () => {
  it('walks a covering index, and reads table rows (values) only by rowid for the rows sent', async () => {
    const { sql, params } = dialect.sqlToQuery(pullChangesQuery('a'.repeat(32), 41));
    const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .bind(...params)
      .all<{ detail: string }>();
    const reads = results.map((row) => row.detail).filter((d) => /registers|\br\b/.test(d));
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) {
      expect(read).toMatch(
        /^SEARCH (registers|r) USING (COVERING INDEX registers_pull_idx \(account_id=\? AND seq[=>]\?\)|INTEGER PRIMARY KEY \(rowid=\?\))$/,
      );
    }
    expect(reads.filter((read) => read.includes('rowid=?'))).toHaveLength(1);
  });

  it("reads rows in proportion to the rows sent, whatever the values' size", async () => {
    const small40 = await pull(await accountWith(40, 10));
    const small200 = await pull(await accountWith(200, 10));
    // 40 values of 48,000 bytes: the 1 MiB page stops after 22 of them.
    const large40 = await pull(await accountWith(40, 48_000));
    expect([small40.sent, small200.sent, large40.sent]).toEqual([40, 200, 22]);
    const perRowSent = (p: { sent: number; rowsRead: number }) => p.rowsRead / p.sent;
    for (const p of [small200, large40]) {
      expect(perRowSent(p)).toBeGreaterThan(perRowSent(small40) * 0.85);
      expect(perRowSent(p)).toBeLessThan(perRowSent(small40) * 1.15);
    }
    // Passing over 40 changes of large values to send 22 reads less than sending 40 small ones.
    expect(large40.rowsRead).toBeLessThan(small40.rowsRead);
  });
});
