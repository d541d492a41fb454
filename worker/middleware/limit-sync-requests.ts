import { createMiddleware } from 'hono/factory';
import type { AuthedEnv } from '../bindings';
import { readConfig } from '../config';
import { database } from '../db/database';
import { enforceRateLimit } from '../rate-limit-error';

const MINUTE_MS = 60_000;

/**
 * At most ACCOUNT_SYNC_REQUESTS_PER_MINUTE `/v1/sync` requests per account, from all its
 * devices together; more answer `429 too_many_requests` with `Retry-After`. Counted after the
 * token is checked and before the body is read, so a refused request costs one counter write.
 */
export const limitSyncRequests = createMiddleware<AuthedEnv>(async (c, next) => {
  const limit = readConfig(c.env).syncRequestsPerMinute;
  await enforceRateLimit(
    database(c.env),
    { name: 'account-sync', limit, windowMs: MINUTE_MS },
    c.var.device.accountId,
    'too_many_requests',
    'sync requests per minute are accepted for one account',
  );
  await next();
});
