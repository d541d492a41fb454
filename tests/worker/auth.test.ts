import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, createAccount, expectError } from './support/api';

const lastSeen = (deviceId: string) =>
  env.DB.prepare('SELECT last_seen_at AS t FROM devices WHERE id = ?')
    .bind(deviceId)
    .first<number>('t');

describe('Authorization: Bearer <token>', () => {
  it('answers 401 with a challenge when the header is missing or not Bearer', async () => {
    const headerSets: Record<string, string>[] = [
      {},
      { Authorization: 'Basic dXNlcjpwYXNz' },
      { Authorization: 'Bearer' },
    ];
    for (const headers of headerSets) {
      const response = await call('GET', '/v1/devices', { headers });
      expect(response.headers.get('WWW-Authenticate')).toBe('Bearer');
      await expectError(response, 401, 'missing_token');
    }
  });

  it('answers 401 for a token that is malformed, made up, or has the wrong secret', async () => {
    const { token, deviceId } = await createAccount();
    const secret = token.split('.')[1]!;
    const flipped = `${deviceId}.${secret[0] === 'A' ? 'B' : 'A'}${secret.slice(1)}`;
    for (const wrong of ['nonsense', `${deviceId}.short`, `${'0'.repeat(32)}.${secret}`, flipped]) {
      const response = await call('GET', '/v1/devices', { token: wrong });
      await expectError(response, 401, 'invalid_token');
    }
    expect((await call('GET', '/v1/devices', { token })).status).toBe(200);
  });

  it('accepts the scheme in any case', async () => {
    const { token } = await createAccount();
    const response = await call('GET', '/v1/devices', {
      headers: { Authorization: `bearer ${token}` },
    });
    expect(response.status).toBe(200);
  });

  it('records when a device was last seen, at most once a minute', async () => {
    const { token, deviceId } = await createAccount();
    const anHourAgo = Date.now() - 3_600_000;
    await env.DB.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?')
      .bind(anHourAgo, deviceId)
      .run();
    await call('GET', '/v1/devices', { token });
    const updated = (await lastSeen(deviceId))!;
    expect(updated).toBeGreaterThan(anHourAgo + 3_000_000);
    const recent = Date.now() - 30_000;
    await env.DB.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?')
      .bind(recent, deviceId)
      .run();
    await call('GET', '/v1/devices', { token });
    expect(await lastSeen(deviceId)).toBe(recent);
  });
});
