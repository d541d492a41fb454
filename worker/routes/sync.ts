import { createRouter } from '../create-router';
import { d1Statement } from '../db/d1-statement';
import { accountHub } from '../live/account-hub';
import { applyChangesStatements } from '../sync/apply-changes';
import { checkClockSkew } from '../sync/check-clock-skew';
import { encodeCursor, readCursor } from '../sync/cursor';
import { type PulledRow, pullChangesQuery, toPage } from '../sync/pull-changes';
import * as routes from './sync.routes';

/**
 * `POST /v1/sync`: the request's changes are merged and the next page of changes since the
 * cursor is read in one `DB.batch()`, one transaction: all of it happens or none of it, and
 * the page includes this request's own effects. When a change won, the account's hub pokes
 * the live sockets of its other devices (worker/live/account-hub.ts), after the response.
 */
export const syncRoutes = createRouter().openapi(routes.sync, async (c) => {
  const { cursor, changes } = c.req.valid('json');
  const { accountId, accountSeq, deviceId } = c.var.device;
  const afterSeq = readCursor(cursor, accountId, accountSeq);
  checkClockSkew(changes, Date.now());
  const writes = changes.length > 0 ? applyChangesStatements(accountId, changes) : [];
  const statements = [...writes, pullChangesQuery(accountId, afterSeq)].map((query) =>
    d1Statement(c.env.DB, query),
  );
  const results = await c.env.DB.batch<PulledRow>(statements);
  const page = toPage(results.at(-1)?.results ?? [], afterSeq);
  // Statements between the sequence reservation and the pull are the upserts; a change that
  // lost its merge wrote no row. If any won, the account's other open pages are told to pull.
  if (
    results.slice(1, -1).some((result: { meta: { changes: number } }) => result.meta.changes > 0)
  ) {
    c.executionCtx.waitUntil(
      accountHub(c.env, accountId)
        .poke(deviceId)
        .catch((error: unknown) => console.error('Poking the account’s pages failed:', error)),
    );
  }
  return c.json(
    { cursor: encodeCursor(accountId, page.lastSeq), changes: page.changes, more: page.more },
    200,
  );
});
