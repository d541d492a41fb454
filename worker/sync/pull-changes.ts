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
 * The next page of registers changed after `afterSeq`, oldest change first, so that a pull
 * costs what it returns, whatever the size of the values it passes over:
 * 1. `walk` steps through registers_pull_idx (account_id, seq, size), a covering index, one
 *    change at a time, adding up sizes: no value is read. A row is in the page while there
 *    are at most MAX_PAGE_CHANGES and the sizes before it stay under MAX_PAGE_BYTES; the walk
 *    stops at the first row that is not, which only tells that there is `more`.
 * 2. Only the page's rows are read from the table, by rowid, for their keys and values.
 * So it reads (rows sent + 1) index entries and (rows sent) table rows.
 */
export function pullChangesQuery(accountId: string, afterSeq: number): SQL {
  const nextSeq = (after: SQL) =>
    sql`(SELECT seq FROM registers WHERE account_id = ${accountId} AND seq > ${after}
      ORDER BY seq LIMIT 1)`;
  return sql`WITH RECURSIVE walk(rid, seq, n, bytes, in_page) AS (
      SELECT rowid, seq, 1, size, 1 FROM registers
      WHERE account_id = ${accountId} AND seq = ${nextSeq(sql`${afterSeq}`)}
      UNION ALL
      SELECT r.rowid, r.seq, walk.n + 1, walk.bytes + r.size,
        walk.n + 1 <= ${MAX_PAGE_CHANGES} AND walk.bytes < ${MAX_PAGE_BYTES}
      FROM walk CROSS JOIN registers AS r
        ON r.account_id = ${accountId} AND r.seq = ${nextSeq(sql`walk.seq`)}
      WHERE walk.in_page
    )
    SELECT r.key, r.value, r.hlc, r.merge, r.seq, page.fetched
    FROM (SELECT rid, n, in_page, count(*) OVER () AS fetched FROM walk) AS page
    CROSS JOIN registers AS r ON r.rowid = page.rid
    WHERE page.in_page
    ORDER BY page.n`;
}

export interface Page {
  changes: RegisterChange[];
  /** The seq of the last change in the page; `afterSeq` when the page is empty. */
  lastSeq: number;
  more: boolean;
}

export function toPage(rows: readonly PulledRow[], afterSeq: number): Page {
  const fetched = rows[0]?.fetched ?? 0;
  return {
    changes: rows.map((row) => ({
      key: row.key,
      value: JSON.parse(row.value) as Json,
      hlc: row.hlc,
      merge: row.merge,
    })),
    lastSeq: rows.at(-1)?.seq ?? afterSeq,
    more: rows.length < fetched,
  };
}
