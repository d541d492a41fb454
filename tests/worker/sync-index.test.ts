import { env } from 'cloudflare:workers';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import { expect, it } from 'vitest';
import { pullChangesQuery } from '../../worker/sync/pull-changes';

/** A pull reads the account's changes since the cursor through an index, not every register. */
it('pulls through the (account_id, seq) index', async () => {
  const { sql, params } = new SQLiteAsyncDialect().sqlToQuery(pullChangesQuery('a'.repeat(32), 41));
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .bind(...params)
    .all<{ detail: string }>();
  const plan = results.map((row) => row.detail).join('\n');
  expect(plan).toMatch(
    /SEARCH registers USING INDEX registers_account_seq_idx \(account_id=\? AND seq>\?\)/,
  );
  expect(plan).not.toMatch(/SCAN registers/);
});
