import { createRouter } from '../create-router';
import { d1Statement } from '../db/d1-statement';
import { applyChangesStatements } from '../sync/apply-changes';
import { checkClockSkew } from '../sync/check-clock-skew';
import { encodeCursor, readCursor } from '../sync/cursor';
import { type PulledRow, pullChangesQuery, toPage } from '../sync/pull-changes';
import * as routes from './sync.routes';

/**
 * `POST /v1/sync`: the request's changes are merged and the next page of changes since the
 * cursor is read in one `DB.batch()`, one transaction: all of it happens or none of it, and
 * the page includes this request's own effects.
 */
export const syncRoutes = createRouter().openapi(routes.sync, async (c) => {
  const { cursor, changes } = c.req.valid('json');
  const { accountId, accountSeq } = c.var.device;
  const afterSeq = readCursor(cursor, accountId, accountSeq);
  const serverTime = Date.now();
  checkClockSkew(changes, serverTime);
  const writes = changes.length > 0 ? applyChangesStatements(accountId, changes) : [];
  const statements = [...writes, pullChangesQuery(accountId, afterSeq)].map((query) =>
    d1Statement(c.env.DB, query),
  );
  const results = await c.env.DB.batch<PulledRow>(statements);
  const page = toPage(results.at(-1)?.results ?? [], afterSeq);
  return c.json(
    {
      cursor: encodeCursor(accountId, page.lastSeq),
      changes: page.changes,
      more: page.more,
      serverTime,
    },
    200,
  );
});
