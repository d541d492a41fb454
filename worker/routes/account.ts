import { deleteAccount } from '../account/delete-account';
import { createRouter } from '../create-router';
import { database } from '../db/database';
import * as routes from './account.routes';

/** `DELETE /v1/account`: see worker/account/delete-account.ts. */
export const accountRoutes = createRouter().openapi(routes.deleteAccount, async (c) => {
  await deleteAccount(database(c.env), c.var.device.accountId);
  return c.body(null, 204);
});
