import { eq } from 'drizzle-orm';
import { createRouter } from '../create-router';
import { database } from '../db/database';
import { accounts, devices, pairingCodes, registers } from '../db/schema';
import { accountHub } from '../live/account-hub';
import * as routes from './account.routes';

/** `DELETE /v1/account`: every row of the account goes, in one transaction; its live sockets close. */
export const accountRoutes = createRouter().openapi(routes.deleteAccount, async (c) => {
  const { accountId } = c.var.device;
  const db = database(c.env);
  await db.batch([
    db.delete(registers).where(eq(registers.accountId, accountId)),
    db.delete(pairingCodes).where(eq(pairingCodes.accountId, accountId)),
    db.delete(devices).where(eq(devices.accountId, accountId)),
    db.delete(accounts).where(eq(accounts.id, accountId)),
  ]);
  await accountHub(c.env, accountId).signOut();
  return c.body(null, 204);
});
