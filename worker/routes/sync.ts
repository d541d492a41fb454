import { createRouter } from '../create-router';
import { accountHub } from '../live/account-hub';
import { syncAccount } from '../sync/sync-account';
import * as routes from './sync.routes';

/**
 * `POST /v1/sync`: see worker/sync/sync-account.ts. When a change won, the account's hub pokes
 * the live sockets of its other devices (worker/live/account-hub.ts), after the response.
 */
export const syncRoutes = createRouter().openapi(routes.sync, async (c) => {
  const { cursor, changes } = c.req.valid('json');
  const { response, changed } = await syncAccount(c.env, c.var.device, cursor, changes);
  if (changed) {
    const { accountId, deviceId } = c.var.device;
    c.executionCtx.waitUntil(
      accountHub(c.env, accountId)
        .poke(deviceId)
        .catch((error: unknown) => console.error('Poking the account’s pages failed:', error)),
    );
  }
  return c.json(response, 200);
});
