import { type SQL, sql } from 'drizzle-orm';
import type { SyncChange } from '../../shared/sync-protocol/change';
import { incomingWinsSql } from './incoming-wins-sql';

/**
 * D1 refuses a string over 1 MB and a statement over 100 bound parameters. Each upsert carries
 * its changes as one JSON parameter of at most about this many bytes (plus one change: a
 * change is at most ~130 KiB once its value is escaped), read back in SQL with `json_each`.
 * A full request makes at most about 9 such chunks.
 */
const CHUNK_BYTES = 256 * 1024;

type Row = [index: number, key: string, valueJson: string, hlc: string, merge: string];

function chunk(changes: readonly SyncChange[]): string[] {
  const encoder = new TextEncoder();
  const chunks: string[] = [];
  let rows: string[] = [];
  let bytes = 0;
  changes.forEach((change, i) => {
    const row: Row = [
      i + 1,
      change.key,
      JSON.stringify(change.value),
      change.hlc,
      change.merge ?? 'lww',
    ];
    const text = JSON.stringify(row);
    rows.push(text);
    bytes += encoder.encode(text).byteLength + 1;
    if (bytes >= CHUNK_BYTES) {
      chunks.push(`[${rows.join(',')}]`);
      rows = [];
      bytes = 0;
    }
  });
  if (rows.length > 0) chunks.push(`[${rows.join(',')}]`);
  return chunks;
}

/** A register's size as stored in registers.size: its key plus its value's JSON, in UTF-8 bytes. */
const sizeOf = (key: SQL, valueJson: SQL) =>
  sql`length(CAST(${key} AS BLOB)) + length(CAST(${valueJson} AS BLOB))`;

/** Every change of the request as rows (key, merge, size), across all chunks. */
function incomingRows(chunks: readonly string[]): SQL {
  const parts = chunks.map(
    (rows) => sql`SELECT json_extract(value, '$[1]') AS key, json_extract(value, '$[4]') AS merge,
        ${sizeOf(sql`json_extract(value, '$[1]')`, sql`json_extract(value, '$[2]')`)} AS size
      FROM json_each(${rows})`,
  );
  return sql.join(parts, sql` UNION ALL `);
}

/** The request's changes whose rule differs from their key's stored rule. */
/**
 * `CROSS JOIN` keeps the incoming changes as the outer loop, so each is one primary-key lookup;
 * a plain JOIN let SQLite walk every register of the account instead.
 */
const ruleConflicts = (accountId: string, chunks: readonly string[]) =>
  sql`SELECT i.key, r.merge AS stored, i.merge AS incoming
    FROM (${incomingRows(chunks)}) AS i CROSS JOIN registers AS r
      ON r.account_id = ${accountId} AND r.key = i.key
    WHERE r.merge <> i.merge`;

/** The first change of `changes` whose rule differs from its key's stored rule, for a message. */
export function ruleConflictQuery(accountId: string, changes: readonly SyncChange[]): SQL {
  return sql`${ruleConflicts(accountId, chunk(changes))} LIMIT 1`;
}

/** The account's registers the request touches. */
const touched = (accountId: string, chunks: readonly string[]) =>
  sql`account_id = ${accountId} AND key IN (SELECT key FROM (${incomingRows(chunks)}))`;

/** Adds (sign 1) or takes off (sign -1) the sizes and count of the registers the request touches. */
const adjustTotals = (accountId: string, chunks: readonly string[], sign: 1 | -1) =>
  sql`UPDATE accounts SET
      stored_bytes = stored_bytes + ${sign} * (SELECT coalesce(sum(size), 0) FROM registers
        WHERE ${touched(accountId, chunks)}),
      register_count = register_count + ${sign} * (SELECT count(*) FROM registers
        WHERE ${touched(accountId, chunks)})
    WHERE id = ${accountId}`;

export interface Quota {
  maxStoredBytes: number;
  maxRegisters: number;
}

/**
 * The statements that merge `changes` into the account's registers, for one `DB.batch()`.
 *
 * The first reserves sequence numbers old+1 … old+N by raising the account's counter by N;
 * change i (1-based) takes old+i, read back inside the same batch, so no other request can
 * take them. A batch runs as one transaction and D1 runs batches one at a time, so numbers are
 * handed out in commit order: a cursor returned by any request never passes over a change
 * committed after it. A change that loses its merge writes nothing, leaving a harmless gap.
 *
 * Two guards follow, each inserting into write_refusals (which fails, rolling the whole batch
 * back) when the request must be refused: a change whose rule differs from its key's stored
 * rule (`merge_rule_changed`; checked inside the write, so two requests racing to create a
 * key with different rules cannot both pass; check-one-rule-per-key.ts has already refused a
 * request whose own changes disagree); and a
 * request that would take the account past its quota (`quota_exceeded`). The quota is judged
 * as if every change won (each touched key ends at its largest incoming or stored size), so a
 * request passed never ends over it; only a request that grows the account is refused, so an
 * account over a lowered quota can still write what does not grow it. Then the running totals
 * on `accounts` are kept exact: the touched registers' sizes are taken off before the upserts
 * and added back after them.
 */
export function applyChangesStatements(
  accountId: string,
  changes: readonly SyncChange[],
  quota: Quota,
): SQL[] {
  const total = changes.length;
  const chunks = chunk(changes);
  const reserve = sql`UPDATE accounts SET seq = seq + ${total} WHERE id = ${accountId}`;
  const ruleGuard = sql`INSERT INTO write_refusals (reason) SELECT 'merge_rule_changed'
    WHERE EXISTS (${ruleConflicts(accountId, chunks)})`;
  const quotaGuard = sql`WITH incoming AS (
      SELECT key, max(size) AS size FROM (${incomingRows(chunks)}) GROUP BY key
    ), growth AS (
      SELECT coalesce(sum(max(i.size, coalesce(r.size, 0)) - coalesce(r.size, 0)), 0) AS bytes,
        coalesce(sum(r.key IS NULL), 0) AS registers
      FROM incoming AS i LEFT JOIN registers AS r ON r.account_id = ${accountId} AND r.key = i.key
    )
    INSERT INTO write_refusals (reason) SELECT 'quota_exceeded' FROM accounts, growth
    WHERE accounts.id = ${accountId} AND (
      (growth.bytes > 0 AND accounts.stored_bytes + growth.bytes > ${quota.maxStoredBytes})
      OR (growth.registers > 0 AND accounts.register_count + growth.registers > ${quota.maxRegisters}))`;
  const upserts = chunks.map(
    (rows) => sql`INSERT INTO registers (account_id, key, value, hlc, merge, seq, size)
      SELECT a.id, json_extract(c.value, '$[1]'), json_extract(c.value, '$[2]'),
        json_extract(c.value, '$[3]'), json_extract(c.value, '$[4]'),
        a.seq - ${total} + json_extract(c.value, '$[0]'),
        ${sizeOf(sql`json_extract(c.value, '$[1]')`, sql`json_extract(c.value, '$[2]')`)}
      FROM json_each(${rows}) AS c JOIN accounts AS a ON a.id = ${accountId}
      WHERE true
      ON CONFLICT (account_id, key) DO UPDATE SET
        value = excluded.value, hlc = excluded.hlc, merge = excluded.merge, seq = excluded.seq,
        size = excluded.size
      WHERE ${incomingWinsSql}`,
  );
  return [
    reserve,
    ruleGuard,
    quotaGuard,
    adjustTotals(accountId, chunks, -1),
    ...upserts,
    adjustTotals(accountId, chunks, 1),
  ];
}

/**
 * Whether any change of the request whose statements came just before won its merge, for the
 * same batch: they wrote the sequence numbers the reservation handed out, seq - N + 1 … seq,
 * and a change that lost wrote nothing (read through registers_account_seq_idx).
 */
export function anyChangeWonQuery(accountId: string, total: number): SQL {
  return sql`SELECT EXISTS (SELECT 1 FROM registers WHERE account_id = ${accountId}
    AND seq > (SELECT seq FROM accounts WHERE id = ${accountId}) - ${total}) AS won`;
}
