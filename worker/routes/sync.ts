import { createRouter } from '../create-router';
import { syncAccount } from '../sync/sync-account';
import * as routes from './sync.routes';

/** `POST /v1/sync`: see worker/sync/sync-account.ts. */
export const syncRoutes = createRouter().openapi(routes.sync, async (c) => {
  const { cursor, changes } = c.req.valid('json');
  return c.json(await syncAccount(c.env, c.var.device, cursor, changes), 200);
});
