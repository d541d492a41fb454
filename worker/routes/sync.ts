import { Hono } from 'hono';
import { syncRequestSchema } from '../../shared/sync-protocol/sync';
import type { AppEnv } from '../bindings';
import { jsonBody } from '../middleware/json-body';
import { limitSyncRequests } from '../middleware/limit-sync-requests';
import { requireDevice } from '../middleware/require-device';
import { syncAccount } from '../sync/sync-account';

/** `POST /v1/sync`: see worker/sync/sync-account.ts. */
export const syncRoutes = new Hono<AppEnv>().post(
  '/',
  requireDevice,
  limitSyncRequests,
  jsonBody(syncRequestSchema),
  async (c) => {
    const { cursor, changes } = c.req.valid('json');
    return c.json(await syncAccount(c.env, c.var.device, cursor, changes), 200);
  },
);
