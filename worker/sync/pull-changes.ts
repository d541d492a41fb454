import { type SQL, sql } from 'drizzle-orm';
import type { Json, MergeRule } from '../../shared/register';
import type { RegisterChange } from '../../shared/sync-protocol/change';
import { MAX_PAGE_BYTES, MAX_PAGE_CHANGES } from '../../shared/sync-protocol/limits';

export interface PulledRow {
  key: string;
  value: string;
  hlc: string;
  merge: MergeRule;
  seq: number;
  fetched: number;
}

/**
 * The next page of registers changed after `afterSeq`, oldest change first. It reads at most
 * MAX_PAGE_CHANGES + 1 rows through (account_id, seq), then keeps rows while the bytes before
 * them stay under MAX_PAGE_BYTES, so neither the read nor the response grows with the account.
 */
export function pullChangesQuery(accountId: string, afterSeq: number): SQL {
  return sql`SELECT key, value, hlc, merge, seq, fetched FROM (
      SELECT key, value, hlc, merge, seq, COUNT(*) OVER () AS fetched,
        SUM(length(CAST(key AS BLOB)) + length(CAST(value AS BLOB))) OVER (
          ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
        ) AS bytes_before
      FROM (
        SELECT key, value, hlc, merge, seq FROM registers
        WHERE account_id = ${accountId} AND seq > ${afterSeq}
        ORDER BY seq LIMIT ${MAX_PAGE_CHANGES + 1}
      )
    )
    WHERE bytes_before IS NULL OR bytes_before < ${MAX_PAGE_BYTES}
    ORDER BY seq`;
}

export interface Page {
  changes: RegisterChange[];
  /** The seq of the last change in the page; `afterSeq` when the page is empty. */
  lastSeq: number;
  more: boolean;
}

export function toPage(rows: readonly PulledRow[], afterSeq: number): Page {
  const kept = rows.slice(0, MAX_PAGE_CHANGES);
  const fetched = rows[0]?.fetched ?? 0;
  return {
    changes: kept.map((row) => ({
      key: row.key,
      value: JSON.parse(row.value) as Json,
      hlc: row.hlc,
      merge: row.merge,
    })),
    lastSeq: kept.at(-1)?.seq ?? afterSeq,
    more: kept.length < fetched,
  };
}
