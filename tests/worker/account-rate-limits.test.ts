import { describe, expect, it } from 'vitest';
import { MAX_UNAUTHENTICATED_BODY_BYTES } from '../../shared/sync-protocol/limits';
import { call, createAccount, createPairingCode, expectError, freshAddress } from './support/api';
import { callWithVars } from './support/with-vars';

describe('per-account rate limits and caps', () => {
  it('refuses sync requests past the per-minute limit of the account, from any of its devices', async () => {
    const limited = callWithVars({ ACCOUNT_SYNC_REQUESTS_PER_MINUTE: '3' });
    const a = await createAccount();
    const json = { cursor: null, changes: [] };
    for (let i = 0; i < 3; i++) {
      expect((await limited('POST', '/v1/sync', { token: a.token, json })).status).toBe(200);
    }
    const refused = await limited('POST', '/v1/sync', { token: a.token, json });
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    await expectError(refused, 429, 'too_many_requests');
    // Another device of the account shares the count (a new address changes nothing)…
    const joined = await limited('POST', '/v1/devices', {
      json: { code: a.recoveryKey, deviceName: 'Second' },
    });
    const second = (await joined.json()) as { token: string };
    await expectError(
      await limited('POST', '/v1/sync', { token: second.token, json }),
      429,
      'too_many_requests',
    );
    // …and another account does not.
    const b = await createAccount();
    expect((await limited('POST', '/v1/sync', { token: b.token, json })).status).toBe(200);
  });

  it('counts every join into an account, by recovery key or pairing code, from any address', async () => {
    const limited = callWithVars({ ACCOUNT_JOINS_PER_HOUR: '2' });
    const a = await createAccount();
    const join = (code: string) =>
      limited('POST', '/v1/devices', {
        json: { code, deviceName: 'Another' },
        address: freshAddress(),
      });
    expect((await join(a.recoveryKey)).status).toBe(201);
    expect((await join((await createPairingCode(a.token)).code)).status).toBe(201);
    const refused = await join(a.recoveryKey);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    await expectError(refused, 429, 'too_many_joins');
    // A refused join does not use up its pairing code.
    const { code } = await createPairingCode(a.token);
    await expectError(await join(code), 429, 'too_many_joins');
    expect(
      (await call('POST', '/v1/devices', { json: { code, deviceName: 'Later' } })).status,
    ).toBe(201);
  });

  it('caps the devices of an account; revoking one makes room, and the refused code still works', async () => {
    const limited = callWithVars({ ACCOUNT_MAX_DEVICES: '2' });
    const a = await createAccount();
    const join = (code: string) =>
      limited('POST', '/v1/devices', { json: { code, deviceName: 'Another' } });
    const second = (await (await join(a.recoveryKey)).json()) as { deviceId: string };
    const { code } = await createPairingCode(a.token);
    await expectError(await join(code), 403, 'too_many_devices');
    await expectError(await join(a.recoveryKey), 403, 'too_many_devices');
    const devices = (await (await call('GET', '/v1/devices', { token: a.token })).json()) as {
      devices: unknown[];
    };
    expect(devices.devices).toHaveLength(2);
    expect(
      (await call('DELETE', `/v1/devices/${second.deviceId}`, { token: a.token })).status,
    ).toBe(204);
    expect((await join(code)).status).toBe(201);
  });

  it('refuses a body over 4 KiB on the endpoints that need no token, before reading it as JSON', async () => {
    const name = 'x'.repeat(50);
    const json = JSON.stringify({ deviceName: name });
    const padded = json + ' '.repeat(MAX_UNAUTHENTICATED_BODY_BYTES + 1 - json.length);
    const exactly = json + ' '.repeat(MAX_UNAUTHENTICATED_BODY_BYTES - json.length);
    const headers = { 'Content-Type': 'application/json' };
    await expectError(
      await call('POST', '/v1/accounts', { body: padded, headers }),
      413,
      'body_too_large',
    );
    // Not JSON at all, but too large: the size is what is refused.
    await expectError(
      await call('POST', '/v1/devices', {
        body: '{'.repeat(MAX_UNAUTHENTICATED_BODY_BYTES + 1),
        headers,
      }),
      413,
      'body_too_large',
    );
    expect((await call('POST', '/v1/accounts', { body: exactly, headers })).status).toBe(201);
  });
});
