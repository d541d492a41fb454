import { deleteAccount } from '../account/delete-account';
import { createRouter } from '../create-router';
import { database } from '../db/database';
import { accountHub } from '../live/account-hub';
import * as routes from './account.routes';

/** `DELETE /v1/account`: see worker/account/delete-account.ts; the account's live sockets close. */
export const accountRoutes = createRouter().openapi(routes.deleteAccount, async (c) => {
  const { accountId } = c.var.device;
  await deleteAccount(database(c.env), accountId);
  await accountHub(c.env, accountId).signOut();
  return c.body(null, 204);
});
