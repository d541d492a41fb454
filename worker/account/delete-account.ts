import { eq } from 'drizzle-orm';
import type { Database } from '../db/database';
import { accounts, devices, pairingCodes } from '../db/schema';
import { purgeDeletedAccounts } from './purge-deleted-accounts';

/**
 * `DELETE /v1/account`. One small batch ends the account at once: its devices (so every token
 * fails from now on) and pairing codes are deleted, and the account is marked deleted (so its
 * recovery key no longer joins). Its registers, which may be many, are then deleted in bounded
 * batches: as many as fit in this request, the rest by the next purges (purge-deleted-accounts.ts).
 */
export async function deleteAccount(db: Database, accountId: string): Promise<void> {
  await db.batch([
    db.delete(devices).where(eq(devices.accountId, accountId)),
    db.delete(pairingCodes).where(eq(pairingCodes.accountId, accountId)),
    db.update(accounts).set({ deletedAt: Date.now() }).where(eq(accounts.id, accountId)),
  ]);
  await purgeDeletedAccounts(db);
}
