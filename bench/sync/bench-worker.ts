/**
 * The worker `npm run bench` starts (`wrangler dev bench/sync/bench-worker.ts`): the sync
 * worker with its D1 use measured (../sync-load/measuring-worker.ts: rows read and written per
 * request, in headers), plus the bare floor the initial sync is compared with:
 * `GET /bench/floor?account=&after=&limit=`, a plain Hono endpoint that selects the same rows by
 * `(account_id, seq)` and sends them as the same JSON changes, with no token, no page sizing by
 * bytes, no cursor encoding: the least a pull over Workers + D1 can cost. Bench only; the
 * deployed worker (wrangler.toml's `main`) has no such route.
 */
import { Hono } from 'hono';
import measuring from '../sync-load/measuring-worker';

export * from '../../worker/index';

interface Row {
  key: string;
  value: string;
  hlc: string;
  merge: string;
  seq: number;
}

const floor = new Hono<{ Bindings: Env }>().get('/bench/floor', async (c) => {
  const account = c.req.query('account') ?? '';
  const after = Number(c.req.query('after') ?? 0);
  const limit = Number(c.req.query('limit') ?? 500);
  const { results } = await c.env.DB.prepare(
    'SELECT key, value, hlc, merge, seq FROM registers WHERE account_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3',
  )
    .bind(account, after, limit)
    .all<Row>();
  return c.json({
    changes: results.map((row) => ({
      key: row.key,
      value: JSON.parse(row.value) as unknown,
      hlc: row.hlc,
      merge: row.merge,
    })),
    after: results.at(-1)?.seq ?? after,
    more: results.length === limit,
  });
});

export default {
  ...measuring,
  fetch(request: Request, env: Env, ctx: ExecutionContext) {
    return new URL(request.url).pathname.startsWith('/bench/')
      ? floor.fetch(request, env, ctx)
      : measuring.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<Env>;
