import { eq } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import { ApiError } from '../api-error';
import type { AuthedEnv } from '../bindings';
import { database } from '../db/database';
import { accounts, devices } from '../db/schema';
import { constantTimeEqual } from '../secrets/constant-time-equal';
import { parseDeviceToken } from '../secrets/device-token';
import { sha256Hex } from '../secrets/sha256';

/** `lastSeenAt` is written at most once per this interval per device, not on every request. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

const challenge = { 'WWW-Authenticate': 'Bearer' };

/**
 * Finds the device of the request's `Authorization: Bearer <token>` and puts it in
 * `c.var.device`, or answers 401. A revoked device's row is gone, so its token fails at once.
 */
export const requireDevice = createMiddleware<AuthedEnv>(async (c, next) => {
  const header = c.req.header('Authorization') ?? '';
  const match = /^Bearer +(\S+)\s*$/i.exec(header);
  if (!match) {
    throw new ApiError('missing_token', 'Send "Authorization: Bearer <token>".', challenge);
  }
  const invalid = new ApiError(
    'invalid_token',
    'This token is not valid: the device was revoked or the account deleted.',
    challenge,
  );
  const parsed = parseDeviceToken(match[1]!);
  if (!parsed) throw invalid;
  const db = database(c.env);
  const [row] = await db
    .select({
      accountId: devices.accountId,
      tokenHash: devices.tokenHash,
      lastSeenAt: devices.lastSeenAt,
      accountSeq: accounts.seq,
    })
    .from(devices)
    .innerJoin(accounts, eq(accounts.id, devices.accountId))
    .where(eq(devices.id, parsed.deviceId));
  if (!row || !constantTimeEqual(await sha256Hex(parsed.secret), row.tokenHash)) throw invalid;
  const now = Date.now();
  if (now - row.lastSeenAt >= LAST_SEEN_RESOLUTION_MS) {
    await db.update(devices).set({ lastSeenAt: now }).where(eq(devices.id, parsed.deviceId));
  }
  c.set('device', {
    deviceId: parsed.deviceId,
    accountId: row.accountId,
    accountSeq: row.accountSeq,
  });
  await next();
});
