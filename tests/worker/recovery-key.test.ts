import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ReplaceRecoveryKeyResponse } from '../../shared/sync-protocol/recovery-key';
import {
  call,
  createAccount,
  createPairingCode,
  expectError,
  hlc,
  pairDevice,
  sync,
} from './support/api';

const RECOVERY_KEY = /^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/;

async function replaceRecoveryKey(token: string): Promise<string> {
  const response = await call('POST', '/v1/account/recovery-key', { token });
  const body = await response.text();
  expect(response.status, body).toBe(201);
  const { recoveryKey } = JSON.parse(body) as ReplaceRecoveryKeyResponse;
  expect(JSON.parse(body)).toEqual({ recoveryKey: expect.stringMatching(RECOVERY_KEY) });
  return recoveryKey;
}

/** `POST /v1/devices` with `code`: the account joined, or the response to check. */
function join(code: string): Promise<Response> {
  return call('POST', '/v1/devices', { json: { code, deviceName: 'Recovered' } });
}

async function joinedAccount(code: string): Promise<string> {
  const response = await join(code);
  const body = await response.text();
  expect(response.status, body).toBe(201);
  return (JSON.parse(body) as { accountId: string }).accountId;
}

describe('POST /v1/account/recovery-key', () => {
  it('gives a new key that joins the account; the old one is refused at once', async () => {
    const a = await createAccount();
    const fresh = await replaceRecoveryKey(a.token);
    expect(fresh).not.toBe(a.recoveryKey);

    await expectError(await join(a.recoveryKey), 403, 'invalid_code');
    expect(await joinedAccount(fresh)).toBe(a.accountId);
    // Typed leniently, like any code; and it keeps working, as a recovery key does.
    expect(await joinedAccount(fresh.replaceAll('-', ' ').toLowerCase())).toBe(a.accountId);
  });

  it('leaves only the newest key working after several replacements', async () => {
    const a = await createAccount();
    const second = await replaceRecoveryKey(a.token);
    const third = await replaceRecoveryKey(a.token);
    for (const old of [a.recoveryKey, second]) {
      await expectError(await join(old), 403, 'invalid_code');
    }
    expect(await joinedAccount(third)).toBe(a.accountId);
  });

  it('keeps every device signed in, their data, and live pairing codes', async () => {
    const a = await createAccount();
    const b = await pairDevice(a.token);
    await sync(a.token, null, [{ key: 'status:ch1', value: 'done', hlc: hlc(a.deviceId) }]);
    const { code } = await createPairingCode(a.token);

    await replaceRecoveryKey(b.token);

    expect((await sync(a.token, null)).changes.map((c) => c.value)).toEqual(['done']);
    expect((await sync(b.token, null)).changes.map((c) => c.value)).toEqual(['done']);
    expect(await joinedAccount(code)).toBe(a.accountId);
  });

  it('changes no other account: its recovery key still joins it', async () => {
    const a = await createAccount();
    const other = await createAccount();
    const hashOf = (id: string) =>
      env.DB.prepare('SELECT recovery_key_hash AS h FROM accounts WHERE id = ?')
        .bind(id)
        .first('h');
    const otherBefore = await hashOf(other.accountId);

    await replaceRecoveryKey(a.token);

    expect(await hashOf(other.accountId)).toBe(otherBefore);
    expect(await joinedAccount(other.recoveryKey)).toBe(other.accountId);
  });

  it('stores only the new key’s hash', async () => {
    const a = await createAccount();
    const fresh = await replaceRecoveryKey(a.token);
    const dump = JSON.stringify(await env.DB.prepare('SELECT * FROM accounts').all());
    expect(dump).not.toContain(fresh);
    expect(dump).not.toContain(fresh.replaceAll('-', ''));
  });

  it('needs a valid token, and a refused request changes nothing', async () => {
    const a = await createAccount();
    const b = await pairDevice(a.token);
    expect((await call('DELETE', `/v1/devices/${b.deviceId}`, { token: a.token })).status).toBe(
      204,
    );
    const post = (token?: string) => call('POST', '/v1/account/recovery-key', { token });

    await expectError(await post(), 401, 'missing_token');
    await expectError(await post('not-a-token'), 401, 'invalid_token');
    await expectError(await post(b.token), 401, 'invalid_token');
    await expectError(await post(`${a.deviceId}.${'x'.repeat(43)}`), 401, 'invalid_token');

    expect(await joinedAccount(a.recoveryKey)).toBe(a.accountId);
  });
});
