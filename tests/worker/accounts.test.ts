import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { MAX_DEVICE_NAME_LENGTH } from '../../shared/sync-protocol/limits';
import { call, createAccount, expectError, freshAddress } from './support/api';

describe('POST /v1/accounts', () => {
  it('creates an account with its first device, a token that works and a recovery key', async () => {
    const account = await createAccount('  Chrome at work  ');
    expect(account).toEqual({
      accountId: expect.stringMatching(/^[0-9a-f]{32}$/),
      deviceId: expect.stringMatching(/^[0-9a-f]{32}$/),
      token: expect.any(String),
      recoveryKey: expect.stringMatching(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/),
    });
    const devices = await call('GET', '/v1/devices', { token: account.token });
    expect(devices.status).toBe(200);
    const { devices: list } = (await devices.json()) as { devices: { name: string }[] };
    expect(list.map((device) => device.name)).toEqual(['Chrome at work']);
  });

  it('stores neither the token nor the recovery key, only their hashes', async () => {
    const account = await createAccount();
    const secret = account.token.split('.')[1]!;
    const dump = JSON.stringify([
      await env.DB.prepare('SELECT * FROM accounts').all(),
      await env.DB.prepare('SELECT * FROM devices').all(),
    ]);
    expect(dump).toContain(account.accountId);
    expect(dump).not.toContain(secret);
    expect(dump).not.toContain(account.recoveryKey);
    expect(dump).not.toContain(account.recoveryKey.replaceAll('-', ''));
  });

  it('gives every account different ids and secrets', async () => {
    const a = await createAccount();
    const b = await createAccount();
    expect(new Set([a.accountId, b.accountId]).size).toBe(2);
    expect(a.token).not.toBe(b.token);
    expect(a.recoveryKey).not.toBe(b.recoveryKey);
  });

  it('refuses a device name that is empty, blank or too long, and unknown fields', async () => {
    const countAccounts = () => env.DB.prepare('SELECT COUNT(*) AS n FROM accounts').first('n');
    const before = await countAccounts();
    const post = (json: unknown) => call('POST', '/v1/accounts', { json });
    await expectError(await post({ deviceName: '' }), 400, 'device_name_empty');
    await expectError(await post({ deviceName: '   ' }), 400, 'device_name_empty');
    const long = 'x'.repeat(MAX_DEVICE_NAME_LENGTH + 1);
    await expectError(await post({ deviceName: long }), 400, 'device_name_too_long');
    await expectError(await post({ deviceName: 'ok', admin: true }), 400, 'unknown_field');
    await expectError(await post({ deviceName: 42 }), 400, 'invalid_request');
    await expectError(await post({}), 400, 'invalid_request');
    await expectError(await post([]), 400, 'invalid_request');
    expect(await countAccounts()).toBe(before);
  });

  it('accepts a name of exactly the longest length', async () => {
    const account = await createAccount('y'.repeat(MAX_DEVICE_NAME_LENGTH));
    expect(account.accountId).toBeTruthy();
  });

  it('limits account creation per client address and hour (429 with Retry-After)', async () => {
    const limit = Number(env.ACCOUNT_CREATIONS_PER_HOUR);
    const address = freshAddress();
    for (let i = 0; i < limit; i++) await createAccount(`Browser ${i}`, address);
    const refused = await call('POST', '/v1/accounts', {
      json: { deviceName: 'One too many' },
      address,
    });
    const retryAfter = Number(refused.headers.get('Retry-After'));
    await expectError(refused, 429, 'too_many_accounts');
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    // Another address is not affected.
    await createAccount('Elsewhere');
  });

  it('holds when many accounts are asked for at once from one address', async () => {
    const limit = Number(env.ACCOUNT_CREATIONS_PER_HOUR);
    const address = freshAddress();
    const responses = await Promise.all(
      Array.from({ length: limit * 3 }, (_, i) =>
        call('POST', '/v1/accounts', { json: { deviceName: `Burst ${i}` }, address }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(limit);
    expect(statuses.filter((status) => status === 429)).toHaveLength(limit * 2);
  });

  it('counts an IPv6 client by its /64 network', async () => {
    const limit = Number(env.ACCOUNT_CREATIONS_PER_HOUR);
    for (let i = 0; i < limit; i++) await createAccount(`Browser ${i}`, `2001:db8:1:2::${i + 1}`);
    const refused = await call('POST', '/v1/accounts', {
      json: { deviceName: 'Same network' },
      address: '2001:0db8:0001:0002:ffff::9',
    });
    await expectError(refused, 429, 'too_many_accounts');
  });
});
