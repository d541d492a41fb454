import { and, asc, eq } from 'drizzle-orm';
import { ApiError } from '../api-error';
import { clientAddress } from '../client-address';
import { readConfig } from '../config';
import { createRouter } from '../create-router';
import { database } from '../db/database';
import { devices } from '../db/schema';
import { joinAccount } from '../devices/join-account';
import { accountHub } from '../live/account-hub';
import { forgetEvent, recordEvent } from '../rate-limit';
import * as routes from './devices.routes';

const MINUTE_MS = 60_000;

const deviceFields = {
  deviceId: devices.id,
  name: devices.name,
  createdAt: devices.createdAt,
  lastSeenAt: devices.lastSeenAt,
};

function toDevice(
  row: { deviceId: string; name: string; createdAt: number; lastSeenAt: number },
  currentDeviceId: string,
) {
  return {
    deviceId: row.deviceId,
    name: row.name,
    createdAt: new Date(row.createdAt).toISOString(),
    lastSeenAt: new Date(row.lastSeenAt).toISOString(),
    current: row.deviceId === currentDeviceId,
  };
}

const notFound = (deviceId: string) =>
  new ApiError('device_not_found', `Your account has no device "${deviceId.slice(0, 64)}".`);

export const devicesRoutes = createRouter()
  .openapi(routes.addDevice, async (c) => {
    const { code, deviceName } = c.req.valid('json');
    const limit = readConfig(c.env).failedPairingAttemptsPerMinute;
    const rule = { name: 'failed-pairing', limit, windowMs: MINUTE_MS };
    const address = clientAddress(c);
    const db = database(c.env);
    // Every attempt is counted before the code is tried, in one atomic write, and taken back
    // if the code was right: attempts sent all at once cannot slip past the limit together.
    const attempts = await recordEvent(db, rule, address);
    if (attempts.count > limit) {
      throw new ApiError(
        'too_many_pairing_attempts',
        `Too many wrong codes from this address. Try again in ${attempts.retryAfterSeconds} seconds.`,
        { 'Retry-After': String(attempts.retryAfterSeconds) },
      );
    }
    const joined = await joinAccount(db, code, deviceName, readConfig(c.env));
    if (!joined) {
      throw new ApiError(
        'invalid_code',
        'This code is wrong, expired or already used. Create a new pairing code on a signed-in browser.',
      );
    }
    await forgetEvent(db, rule, address);
    return c.json(joined, 201);
  })
  .openapi(routes.listDevices, async (c) => {
    const { accountId, deviceId } = c.var.device;
    const rows = await database(c.env)
      .select(deviceFields)
      .from(devices)
      .where(eq(devices.accountId, accountId))
      .orderBy(asc(devices.createdAt), asc(devices.id));
    return c.json({ devices: rows.map((row) => toDevice(row, deviceId)) }, 200);
  })
  .openapi(routes.renameDevice, async (c) => {
    const { accountId, deviceId } = c.var.device;
    const target = c.req.valid('param').deviceId;
    const [row] = await database(c.env)
      .update(devices)
      .set({ name: c.req.valid('json').name })
      .where(and(eq(devices.id, target), eq(devices.accountId, accountId)))
      .returning(deviceFields);
    if (!row) throw notFound(target);
    return c.json(toDevice(row, deviceId), 200);
  })
  .openapi(routes.revokeDevice, async (c) => {
    const { accountId } = c.var.device;
    const target = c.req.valid('param').deviceId;
    const [row] = await database(c.env)
      .delete(devices)
      .where(and(eq(devices.id, target), eq(devices.accountId, accountId)))
      .returning({ id: devices.id });
    if (!row) throw notFound(target);
    await accountHub(c.env, accountId).signOut(target);
    return c.body(null, 204);
  });
