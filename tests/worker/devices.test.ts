import { describe, expect, it } from 'vitest';
import type { Device } from '../../shared/sync-protocol/devices';
import { MAX_DEVICE_NAME_LENGTH } from '../../shared/sync-protocol/limits';
import { call, createAccount, expectError, hlc, pairDevice, sync } from './support/api';

async function listDevices(token: string): Promise<Device[]> {
  const response = await call('GET', '/v1/devices', { token });
  expect(response.status).toBe(200);
  return ((await response.json()) as { devices: Device[] }).devices;
}

describe('POST /v1/devices', () => {
  it('adds a browser with a pairing code; both then sync the same registers', async () => {
    const a = await createAccount('Chrome');
    const b = await pairDevice(a.token, 'Firefox');
    expect(b).toEqual({
      accountId: a.accountId,
      deviceId: expect.stringMatching(/^[0-9a-f]{32}$/),
      token: expect.any(String),
    });
    expect(b.deviceId).not.toBe(a.deviceId);
    await sync(a.token, null, [{ key: 'k', value: 'from A', hlc: hlc(a.deviceId) }]);
    expect((await sync(b.token, null)).changes.map((c) => c.value)).toEqual(['from A']);
  });

  it('adds a browser with the recovery key, as often as needed: it never expires', async () => {
    const a = await createAccount();
    for (const typed of [a.recoveryKey, a.recoveryKey.replaceAll('-', '').toLowerCase()]) {
      const response = await call('POST', '/v1/devices', {
        json: { code: typed, deviceName: 'Recovered' },
      });
      expect(response.status).toBe(201);
      expect(((await response.json()) as { accountId: string }).accountId).toBe(a.accountId);
    }
    expect(await listDevices(a.token)).toHaveLength(3);
  });

  it('refuses a wrong code with 403 and a bad body with 400', async () => {
    const post = (json: unknown) => call('POST', '/v1/devices', { json });
    await expectError(await post({ code: 'ABCDE-FGHJK', deviceName: 'x' }), 403, 'invalid_code');
    await expectError(await post({ code: '', deviceName: 'x' }), 400, 'invalid_request');
    await expectError(
      await post({ code: 'x'.repeat(101), deviceName: 'x' }),
      400,
      'invalid_request',
    );
    await expectError(await post({ code: 'ABCDE-FGHJK' }), 400, 'invalid_request');
    const long = 'n'.repeat(MAX_DEVICE_NAME_LENGTH + 1);
    await expectError(
      await post({ code: 'ABCDE-FGHJK', deviceName: long }),
      400,
      'device_name_too_long',
    );
    await expectError(
      await post({ code: 'ABCDE-FGHJK', deviceName: ' ' }),
      400,
      'device_name_empty',
    );
    const extra = { code: 'ABCDE-FGHJK', deviceName: 'x', accountId: 'someone-else' };
    await expectError(await post(extra), 400, 'unknown_field');
  });
});

describe('GET /v1/devices', () => {
  it('lists the account’s devices, oldest first, marking the current one', async () => {
    const a = await createAccount('Chrome');
    const b = await pairDevice(a.token, 'Firefox');
    await createAccount('Someone else');
    const seenByB = await listDevices(b.token);
    expect(seenByB).toEqual([
      {
        deviceId: a.deviceId,
        name: 'Chrome',
        createdAt: expect.any(String),
        lastSeenAt: expect.any(String),
        current: false,
      },
      {
        deviceId: b.deviceId,
        name: 'Firefox',
        createdAt: expect.any(String),
        lastSeenAt: expect.any(String),
        current: true,
      },
    ]);
    for (const device of seenByB) {
      expect(new Date(device.createdAt).toISOString()).toBe(device.createdAt);
    }
    expect((await listDevices(a.token)).map((d) => d.current)).toEqual([true, false]);
  });

  it('needs a token', async () => {
    await expectError(await call('GET', '/v1/devices'), 401, 'missing_token');
  });
});

describe('PATCH /v1/devices/:deviceId', () => {
  it('renames a device of the account', async () => {
    const a = await createAccount('Chrome');
    const b = await pairDevice(a.token, 'Firefox');
    const response = await call('PATCH', `/v1/devices/${b.deviceId}`, {
      token: a.token,
      json: { name: '  Firefox on the laptop ' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      deviceId: b.deviceId,
      name: 'Firefox on the laptop',
      current: false,
    });
    expect((await listDevices(b.token))[1]?.name).toBe('Firefox on the laptop');
  });

  it('refuses a bad name, and devices of other accounts (404)', async () => {
    const a = await createAccount();
    const other = await createAccount('Not yours');
    const rename = (deviceId: string, json: unknown) =>
      call('PATCH', `/v1/devices/${deviceId}`, { token: a.token, json });
    const long = 'n'.repeat(MAX_DEVICE_NAME_LENGTH + 1);
    await expectError(await rename(a.deviceId, { name: long }), 400, 'device_name_too_long');
    await expectError(await rename(a.deviceId, { name: '' }), 400, 'device_name_empty');
    await expectError(await rename(a.deviceId, { name: 'x', extra: 1 }), 400, 'unknown_field');
    await expectError(await rename(other.deviceId, { name: 'Mine now' }), 404, 'device_not_found');
    await expectError(await rename('no-such-device', { name: 'x' }), 404, 'device_not_found');
    expect((await listDevices(other.token))[0]?.name).toBe('Not yours');
  });
});

describe('DELETE /v1/devices/:deviceId', () => {
  it('revokes a device: its token fails at once with 401, the account’s data stays', async () => {
    const a = await createAccount();
    const b = await pairDevice(a.token);
    await sync(b.token, null, [{ key: 'from-b', value: 1, hlc: hlc(b.deviceId) }]);
    const response = await call('DELETE', `/v1/devices/${b.deviceId}`, { token: a.token });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    const refused = await call('POST', '/v1/sync', {
      token: b.token,
      json: { cursor: null, changes: [] },
    });
    await expectError(refused, 401, 'invalid_token');
    await expectError(await call('GET', '/v1/devices', { token: b.token }), 401, 'invalid_token');
    expect((await listDevices(a.token)).map((d) => d.deviceId)).toEqual([a.deviceId]);
    expect((await sync(a.token, null)).changes.map((c) => c.key)).toEqual(['from-b']);
    const again = await call('DELETE', `/v1/devices/${b.deviceId}`, { token: a.token });
    await expectError(again, 404, 'device_not_found');
  });

  it('revokes the current device too (signing this browser out)', async () => {
    const a = await createAccount();
    const b = await pairDevice(a.token);
    expect((await call('DELETE', `/v1/devices/${b.deviceId}`, { token: b.token })).status).toBe(
      204,
    );
    await expectError(await call('GET', '/v1/devices', { token: b.token }), 401, 'invalid_token');
    expect(await listDevices(a.token)).toHaveLength(1);
  });

  it('cannot touch another account’s device', async () => {
    const a = await createAccount();
    const victim = await createAccount();
    const response = await call('DELETE', `/v1/devices/${victim.deviceId}`, { token: a.token });
    await expectError(response, 404, 'device_not_found');
    expect(await listDevices(victim.token)).toHaveLength(1);
  });
});
