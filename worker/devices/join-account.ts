import { and, eq, gt, sql } from 'drizzle-orm';
import type { Database } from '../db/database';
import { accounts, devices, pairingCodes } from '../db/schema';
import { newDeviceToken } from '../secrets/device-token';
import { readJoinCode } from '../secrets/join-codes';
import { randomId } from '../secrets/random';

export interface JoinedDevice {
  accountId: string;
  deviceId: string;
  token: string;
}

/**
 * Adds a device to the account a pairing code or recovery key belongs to; `null` when the
 * code is wrong, expired or used. The device is inserted from the code's row and a pairing
 * code deleted in the same batch, so two browsers racing with one code cannot both join.
 */
export async function joinAccount(
  db: Database,
  typedCode: string,
  deviceName: string,
): Promise<JoinedDevice | null> {
  const code = await readJoinCode(typedCode);
  if (!code) return null;
  const now = Date.now();
  const deviceId = randomId();
  const { token, tokenHash } = await newDeviceToken(deviceId);
  const fields = (accountId: typeof accounts.id | typeof pairingCodes.accountId) => ({
    id: sql<string>`${deviceId}`.as('id'),
    accountId,
    name: sql<string>`${deviceName}`.as('name'),
    tokenHash: sql<string>`${tokenHash}`.as('token_hash'),
    createdAt: sql<number>`${now}`.as('created_at'),
    lastSeenAt: sql<number>`${now}`.as('last_seen_at'),
  });
  const source =
    code.kind === 'pairing-code'
      ? db
          .select(fields(pairingCodes.accountId))
          .from(pairingCodes)
          .where(and(eq(pairingCodes.codeHash, code.hash), gt(pairingCodes.expiresAt, now)))
      : db
          .select(fields(accounts.id))
          .from(accounts)
          .where(eq(accounts.recoveryKeyHash, code.hash));
  const [, , joined] = await db.batch([
    db.insert(devices).select(source),
    db
      .delete(pairingCodes)
      .where(code.kind === 'pairing-code' ? eq(pairingCodes.codeHash, code.hash) : sql`false`),
    db.select({ accountId: devices.accountId }).from(devices).where(eq(devices.id, deviceId)),
  ]);
  const accountId = joined[0]?.accountId;
  return accountId ? { accountId, deviceId, token } : null;
}
