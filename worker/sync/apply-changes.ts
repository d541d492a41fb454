import { type SQL, sql } from 'drizzle-orm';
import type { SyncChange } from '../../shared/sync-protocol/change';
import { incomingWinsSql } from './incoming-wins-sql';

/**
 * D1 refuses a string over 1 MB and a statement over 100 bound parameters. Each upsert carries
 * its changes as one JSON parameter of at most about this many bytes (plus one change: a
 * change is at most ~130 KiB once its value is escaped), read back in SQL with `json_each`.
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

/**
 * The statements that merge `changes` into the account's registers, for one `DB.batch()`.
 *
 * The first reserves sequence numbers old+1 … old+N by raising the account's counter by N;
 * change i (1-based) takes old+i, read back inside the same batch, so no other request can
 * take them. A batch runs as one transaction and D1 runs batches one at a time, so numbers are
 * handed out in commit order: a cursor returned by any request never passes over a change
 * committed after it. A change that loses its merge writes nothing, leaving a harmless gap.
 */
export function applyChangesStatements(accountId: string, changes: readonly SyncChange[]): SQL[] {
  const total = changes.length;
  const reserve = sql`UPDATE accounts SET seq = seq + ${total} WHERE id = ${accountId}`;
  const upserts = chunk(changes).map(
    (rows) => sql`INSERT INTO registers (account_id, key, value, hlc, merge, seq)
      SELECT a.id, json_extract(c.value, '$[1]'), json_extract(c.value, '$[2]'),
        json_extract(c.value, '$[3]'), json_extract(c.value, '$[4]'),
        a.seq - ${total} + json_extract(c.value, '$[0]')
      FROM json_each(${rows}) AS c JOIN accounts AS a ON a.id = ${accountId}
      WHERE true
      ON CONFLICT (account_id, key) DO UPDATE SET
        value = excluded.value, hlc = excluded.hlc, merge = excluded.merge, seq = excluded.seq
      WHERE ${incomingWinsSql}`,
  );
  return [reserve, ...upserts];
}
