import { eq } from 'drizzle-orm';
import { createRouter } from '../create-router';
import { database } from '../db/database';
import { accounts } from '../db/schema';
import { joinCodeHash, newRecoveryKey } from '../secrets/join-codes';
import * as routes from './recovery-key.routes';

/**
 * `POST /v1/account/recovery-key`: an account stores only its recovery key's hash, so writing
 * the new key's hash over it is the whole rotation: from this one UPDATE on, a join with the
 * old key finds no account. Device tokens and pairing codes are untouched.
 */
export const recoveryKeyRoutes = createRouter().openapi(routes.replaceRecoveryKey, async (c) => {
  const recoveryKey = newRecoveryKey();
  await database(c.env)
    .update(accounts)
    .set({ recoveryKeyHash: await joinCodeHash(recoveryKey) })
    .where(eq(accounts.id, c.var.device.accountId));
  return c.json({ recoveryKey }, 201);
});
