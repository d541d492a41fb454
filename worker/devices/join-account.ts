import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { ApiError } from '../api-error';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { accounts, devices, pairingCodes } from '../db/schema';
import { enforceRateLimit } from '../rate-limit-error';
import { newDeviceToken } from '../secrets/device-token';
import { readJoinCode } from '../secrets/join-codes';
import { randomId } from '../secrets/random';

const HOUR_MS = 60 * 60 * 1000;

export interface JoinedDevice {
  accountId: string;
  deviceId: string;
  token: string;
}

type JoinLimits = Pick<Config, 'accountMaxDevices' | 'joinsPerHour'>;

/**
 * Adds a device to the account a pairing code or recovery key belongs to; `null` when the
 * code is wrong, expired or used. Per account, joins are counted (ACCOUNT_JOINS_PER_HOUR,
 * `429 too_many_joins`; a join is never taken back off that count) and devices capped
 * (ACCOUNT_MAX_DEVICES, `403 too_many_devices`). The device is inserted from the code's row
 * only while the account is under its cap, and the pairing code deleted only if the device
 * went in, in one batch: two browsers racing with one code cannot both join, nor two codes
 * take an account past its cap, and a code refused for the cap still works once a device is
 * revoked.
 */
export async function joinAccount(
  db: Database,
  typedCode: string,
  deviceName: string,
  limits: JoinLimits,
): Promise<JoinedDevice | null> {
  const code = await readJoinCode(typedCode);
  if (!code) return null;
  const now = Date.now();
  const validPairingCode = and(
    eq(pairingCodes.codeHash, code.hash),
    gt(pairingCodes.expiresAt, now),
  );
  const liveRecoveryKey = and(eq(accounts.recoveryKeyHash, code.hash), isNull(accounts.deletedAt));
  const [owner] =
    code.kind === 'pairing-code'
      ? await db
          .select({ accountId: pairingCodes.accountId })
          .from(pairingCodes)
          .where(validPairingCode)
      : await db.select({ accountId: accounts.id }).from(accounts).where(liveRecoveryKey);
  if (!owner) return null;
  const { accountId } = owner;
  await enforceRateLimit(
    db,
    { name: 'account-join', limit: limits.joinsPerHour, windowMs: HOUR_MS },
    accountId,
    'too_many_joins',
    'devices may join one account per hour',
  );

  const deviceId = randomId();
  const { token, tokenHash } = await newDeviceToken(deviceId);
  const fields = (account: typeof accounts.id | typeof pairingCodes.accountId) => ({
    id: sql<string>`${deviceId}`.as('id'),
    accountId: account,
    name: sql<string>`${deviceName}`.as('name'),
    tokenHash: sql<string>`${tokenHash}`.as('token_hash'),
    createdAt: sql<number>`${now}`.as('created_at'),
    lastSeenAt: sql<number>`${now}`.as('last_seen_at'),
  });
  const underCap = sql`(SELECT count(*) FROM ${devices} WHERE ${devices.accountId} = ${accountId}) < ${limits.accountMaxDevices}`;
  const source =
    code.kind === 'pairing-code'
      ? db
          .select(fields(pairingCodes.accountId))
          .from(pairingCodes)
          .where(and(validPairingCode, underCap))
      : db.select(fields(accounts.id)).from(accounts).where(and(liveRecoveryKey, underCap));
  const joinedNow = sql`EXISTS (SELECT 1 FROM ${devices} WHERE ${devices.id} = ${deviceId})`;
  const [, , joined, [held]] = await db.batch([
    db.insert(devices).select(source),
    db
      .delete(pairingCodes)
      .where(
        code.kind === 'pairing-code'
          ? and(eq(pairingCodes.codeHash, code.hash), joinedNow)
          : sql`false`,
      ),
    db.select({ accountId: devices.accountId }).from(devices).where(eq(devices.id, deviceId)),
    db
      .select({ count: sql<number>`count(*)` })
      .from(devices)
      .where(eq(devices.accountId, accountId)),
  ]);
  if (joined[0]) return { accountId, deviceId, token };
  if ((held?.count ?? 0) >= limits.accountMaxDevices) {
    throw new ApiError(
      'too_many_devices',
      `This account already has ${limits.accountMaxDevices} devices, as many as it may. Revoke one in the device list of a signed-in browser, then try again.`,
    );
  }
  return null;
}
