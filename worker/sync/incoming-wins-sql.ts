import { sql } from 'drizzle-orm';

const isNumber = (column: string) => sql.raw(`json_type(${column}) IN ('integer', 'real')`);
const number = (column: string) => sql.raw(`json_extract(${column}, '$')`);

/**
 * `incomingWins` from shared/register.ts, in SQL, for the `WHERE` of an upsert's
 * `ON CONFLICT DO UPDATE`: `registers` is the stored register, `excluded` the incoming change.
 * Deciding inside the write (rather than reading, merging in the Worker, then writing) is what
 * keeps two concurrent requests from overwriting each other's winners. tests/worker/sync-merge
 * checks both versions agree.
 */
export const incomingWinsSql = sql`CASE
  WHEN excluded.merge = 'lww' THEN excluded.hlc > registers.hlc
  WHEN NOT ${isNumber('excluded.value')} AND ${isNumber('registers.value')} THEN 0
  WHEN ${isNumber('excluded.value')} AND NOT ${isNumber('registers.value')} THEN 1
  WHEN ${isNumber('excluded.value')} AND ${number('excluded.value')} <> ${number('registers.value')}
    THEN CASE excluded.merge
      WHEN 'max' THEN ${number('excluded.value')} > ${number('registers.value')}
      ELSE ${number('excluded.value')} < ${number('registers.value')}
    END
  ELSE excluded.hlc > registers.hlc
END`;
