import { env } from 'cloudflare:workers';

/**
 * Every byte of the local D1: the schema (every row of `sqlite_master`) and every row of every
 * table but the ones named in `except`, each cell as `<type>:<hex of its bytes>` (so `1` and
 * `'1'`, or two strings that differ only in how they are encoded, never compare equal), rows
 * sorted (D1's unreadable `_cf_` tables aside). Two dumps are equal exactly when the database holds the same data.
 */
export async function dumpDatabase(
  except: readonly string[] = [],
): Promise<Record<string, string[]>> {
  const { results: schema } = await env.DB.prepare(
    'SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name',
  ).all<{ type: string; name: string; sql: string | null }>();
  const dump: Record<string, string[]> = {
    sqlite_master: schema.map((row) => JSON.stringify(row)),
  };
  for (const { name } of schema.filter((row) => row.type === 'table')) {
    // `_cf_METADATA` is D1's own bookkeeping, which D1 refuses to let a query read.
    if (except.includes(name) || name.startsWith('_cf_')) continue;
    const [columns = []] = await env.DB.prepare(`SELECT * FROM "${name}" LIMIT 0`).raw<string>({
      columnNames: true,
    });
    const cells = columns.map((column) => `typeof("${column}") || ':' || hex("${column}")`);
    const rows = await env.DB.prepare(
      `SELECT ${cells.join(` || '|' || `)} AS row FROM "${name}" ORDER BY 1`,
    ).all<{ row: string }>();
    dump[name] = rows.results.map((row) => row.row);
  }
  return dump;
}
