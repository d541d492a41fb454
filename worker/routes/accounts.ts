import { Hono } from 'hono';
import { createAccountRequestSchema } from '../../shared/sync-protocol/accounts';
import { MAX_UNAUTHENTICATED_BODY_BYTES } from '../../shared/sync-protocol/limits';
import { ApiError } from '../api-error';
import type { AppEnv } from '../bindings';
import { clientAddress } from '../client-address';
import { readConfig } from '../config';
import { database } from '../db/database';
import { accounts, devices } from '../db/schema';
import { jsonBody } from '../middleware/json-body';
import { recordEvent } from '../rate-limit';
import { newDeviceToken } from '../secrets/device-token';
import { joinCodeHash, newRecoveryKey } from '../secrets/join-codes';
import { randomId } from '../secrets/random';

const HOUR_MS = 60 * 60 * 1000;

export const accountsRoutes = new Hono<AppEnv>().post(
  '/',
  jsonBody(createAccountRequestSchema, MAX_UNAUTHENTICATED_BODY_BYTES),
  async (c) => {
    const { deviceName } = c.req.valid('json');
    const limit = readConfig(c.env).accountCreationsPerHour;
    const db = database(c.env);
    const rule = { name: 'account-creation', limit, windowMs: HOUR_MS };
    const window = await recordEvent(db, rule, clientAddress(c));
    if (window.count > limit) {
      throw new ApiError(
        'too_many_accounts',
        `At most ${limit} accounts can be created per hour from one address. Try again in ${window.retryAfterSeconds} seconds.`,
        { 'Retry-After': String(window.retryAfterSeconds) },
      );
    }
    const now = Date.now();
    const accountId = randomId();
    const deviceId = randomId();
    const { token, tokenHash } = await newDeviceToken(deviceId);
    const recoveryKey = newRecoveryKey();
    await db.batch([
      db.insert(accounts).values({
        id: accountId,
        recoveryKeyHash: await joinCodeHash(recoveryKey),
        createdAt: now,
      }),
      db.insert(devices).values({
        id: deviceId,
        accountId,
        name: deviceName,
        tokenHash,
        createdAt: now,
        lastSeenAt: now,
      }),
    ]);
    return c.json({ accountId, deviceId, token, recoveryKey }, 201);
  },
);
