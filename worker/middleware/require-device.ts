import { eq } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import {
  LIVE_PROTOCOL,
  offeredProtocols,
  tokenFromProtocols,
} from '../../shared/sync-protocol/live';
import { ApiError } from '../api-error';
import type { AuthedEnv, AuthenticatedDevice } from '../bindings';
import { database } from '../db/database';
import { accounts, devices } from '../db/schema';
import { constantTimeEqual } from '../secrets/constant-time-equal';
import { parseDeviceToken } from '../secrets/device-token';
import { sha256Hex } from '../secrets/sha256';

/** `lastSeenAt` is written at most once per this interval per device, not on every request. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

const challenge = { 'WWW-Authenticate': 'Bearer' };

/**
 * The device of `token`, or a 401. A revoked device's row is gone, so its token fails at once.
 * Writes `lastSeenAt` at most once per `LAST_SEEN_RESOLUTION_MS`.
 */
async function authenticate(env: Env, token: string): Promise<AuthenticatedDevice> {
  const invalid = new ApiError(
    'invalid_token',
    'This token is not valid: the device was revoked or the account deleted.',
    challenge,
  );
  const parsed = parseDeviceToken(token);
  if (!parsed) throw invalid;
  const db = database(env);
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
  return { deviceId: parsed.deviceId, accountId: row.accountId, accountSeq: row.accountSeq };
}

/**
 * Finds the device of the request's `Authorization: Bearer <token>` and puts it in
 * `c.var.device`, or answers 401.
 */
export const requireDevice = createMiddleware<AuthedEnv>(async (c, next) => {
  const header = c.req.header('Authorization') ?? '';
  const match = /^Bearer +(\S+)\s*$/i.exec(header);
  if (!match) {
    throw new ApiError('missing_token', 'Send "Authorization: Bearer <token>".', challenge);
  }
  c.set('device', await authenticate(c.env, match[1]!));
  await next();
});

/**
 * The same for a WebSocket opened by a browser, which cannot set `Authorization`: the token is
 * the offered subprotocol `bearer.<token>` (shared/sync-protocol/live.ts).
 */
export const requireSocketDevice = createMiddleware<AuthedEnv>(async (c, next) => {
  const token = tokenFromProtocols(offeredProtocols(c.req.header('Sec-WebSocket-Protocol')));
  if (!token) {
    throw new ApiError(
      'missing_token',
      `Offer the subprotocols "${LIVE_PROTOCOL}" and "bearer.<token>".`,
      challenge,
    );
  }
  c.set('device', await authenticate(c.env, token));
  await next();
});
