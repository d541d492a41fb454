import { Hono } from 'hono';
import { syncRequestSchema } from '../../shared/sync-protocol/sync';
import type { AppEnv } from '../bindings';
import { d1Statement } from '../db/d1-statement';
import { jsonBody } from '../middleware/json-body';
import { requireDevice } from '../middleware/require-device';
import { applyChangesStatements } from '../sync/apply-changes';
import { checkClockSkew } from '../sync/check-clock-skew';
import { encodeCursor, readCursor } from '../sync/cursor';
import { type PulledRow, pullChangesQuery, toPage } from '../sync/pull-changes';

/**
 * `POST /v1/sync`: the request's changes are merged and the next page of changes since the
 * cursor is read in one `DB.batch()`, one transaction: all of it happens or none of it, and
 * the page includes this request's own effects.
 */
export const syncRoutes = new Hono<AppEnv>().post(
  '/',
  requireDevice,
  jsonBody(syncRequestSchema),
  async (c) => {
    const { cursor, changes } = c.req.valid('json');
    const { accountId, accountSeq } = c.var.device;
    const afterSeq = readCursor(cursor, accountId, accountSeq);
    checkClockSkew(changes, Date.now());
    const writes = changes.length > 0 ? applyChangesStatements(accountId, changes) : [];
    const statements = [...writes, pullChangesQuery(accountId, afterSeq)].map((query) =>
      d1Statement(c.env.DB, query),
    );
    const results = await c.env.DB.batch<PulledRow>(statements);
    const page = toPage(results.at(-1)?.results ?? [], afterSeq);
    return c.json(
      { cursor: encodeCursor(accountId, page.lastSeq), changes: page.changes, more: page.more },
      200,
    );
  },
);
