/**
 * The sync worker as the load run of `npm run bench` starts it (`wrangler dev
 * bench/sync-load/measuring-worker.ts`): the same app, given a D1 binding that sums the
 * `meta.rows_read` and `meta.rows_written` D1 reports for every query of a request, sent back in
 * the `X-D1-Rows-Read` and `X-D1-Rows-Written` headers (and the number of queries in
 * `X-D1-Queries`). Only this entry sends
 * them; the deployed worker (`worker/index.ts`, wrangler.toml's `main`) never does, so the
 * public API is unchanged.
 */
import worker from '../../worker/index';
import { QUERIES_HEADER, ROWS_READ_HEADER, ROWS_WRITTEN_HEADER } from './measure-headers';

// The worker's other exports (its Durable Object classes, if any) are this entry's too.
export * from '../../worker/index';

interface Tally {
  rowsRead: number;
  rowsWritten: number;
  queries: number;
}

const count = (tally: Tally, result: D1Result | D1Response) => {
  tally.rowsRead += result.meta?.rows_read ?? 0;
  tally.rowsWritten += result.meta?.rows_written ?? 0;
  tally.queries += 1;
};

/** The statement behind each wrapped one, for `DB.batch()`, which takes only real ones. */
const inner = new WeakMap<object, D1PreparedStatement>();

/**
 * A prepared statement whose every call is counted. `raw()` and `first()` return no `meta`, so
 * they run as `all()` and take their shape from its rows: the order of a row's columns is
 * kept, as drizzle relies on for `DB.batch()` results too.
 */
function countedStatement(statement: D1PreparedStatement, tally: Tally): D1PreparedStatement {
  const all = async <T>() => {
    const result = await statement.all<T>();
    count(tally, result);
    return result;
  };
  const counted = {
    bind: (...values: unknown[]) => countedStatement(statement.bind(...values), tally),
    all,
    async run<T>() {
      const result = await statement.run<T>();
      count(tally, result);
      return result;
    },
    async first(column?: string) {
      const row = ((await all<Record<string, unknown>>()).results[0] ?? null) as Record<
        string,
        unknown
      > | null;
      return column === undefined ? row : (row?.[column] ?? null);
    },
    async raw(options?: { columnNames?: boolean }) {
      const rows = (await all<Record<string, unknown>>()).results;
      const values = rows.map((row) => Object.values(row));
      return options?.columnNames ? [Object.keys(rows[0] ?? {}), ...values] : values;
    },
  };
  inner.set(counted, statement);
  return counted as unknown as D1PreparedStatement;
}

function countedDatabase(db: D1Database, tally: Tally): D1Database {
  return new Proxy(db, {
    get(target, property) {
      if (property === 'prepare') {
        return (query: string) => countedStatement(target.prepare(query), tally);
      }
      if (property === 'batch') {
        return async (statements: D1PreparedStatement[]) => {
          const results = await target.batch(statements.map((s) => inner.get(s) ?? s));
          for (const result of results) count(tally, result);
          return results;
        };
      }
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export default {
  ...worker,
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const tally: Tally = { rowsRead: 0, rowsWritten: 0, queries: 0 };
    const counted = { ...env, DB: countedDatabase(env.DB, tally) };
    const response = await worker.fetch(request, counted, ctx);
    // A WebSocket upgrade (the live channel) must pass as it is: a copy would drop its socket.
    if (response.status === 101) return response;
    const headers = new Headers(response.headers);
    headers.set(ROWS_READ_HEADER, String(tally.rowsRead));
    headers.set(ROWS_WRITTEN_HEADER, String(tally.rowsWritten));
    headers.set(QUERIES_HEADER, String(tally.queries));
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  },
} satisfies ExportedHandler<Env>;
