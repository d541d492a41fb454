import type { SQL } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';

const dialect = new SQLiteAsyncDialect();

/**
 * A D1 prepared statement from a drizzle `sql` template, for `DB.batch()`. (drizzle's own
 * `db.batch()` cannot carry raw `sql` statements that have parameters.)
 */
export function d1Statement(db: Env['DB'], query: SQL): ReturnType<Env['DB']['prepare']> {
  const { sql, params } = dialect.sqlToQuery(query);
  return db.prepare(sql).bind(...params);
}
