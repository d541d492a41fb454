import { Hono } from 'hono';
import { deleteAccount } from '../account/delete-account';
import type { AppEnv } from '../bindings';
import { database } from '../db/database';
import { requireDevice } from '../middleware/require-device';

/** `DELETE /v1/account`: see worker/account/delete-account.ts. */
export const accountRoutes = new Hono<AppEnv>().delete('/', requireDevice, async (c) => {
  await deleteAccount(database(c.env), c.var.device.accountId);
  return c.body(null, 204);
});
