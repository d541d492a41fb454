/**
 * The sync server as it really runs: `wrangler dev --local` (workerd, a local D1 with the real
 * migrations), over HTTP, every response read with the shared protocol schemas.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { formatHlc } from '../../shared/hlc';
import {
  addDeviceResponseSchema,
  createAccountResponseSchema,
  createPairingCodeResponseSchema,
  errorResponseSchema,
  healthResponseSchema,
  listDevicesResponseSchema,
  MAX_BODY_BYTES,
  syncResponseSchema,
} from '../../shared/sync-protocol';
import { startWranglerDev, type WranglerDev } from './support/wrangler-dev';

const ACCOUNTS_PER_HOUR = 3;
const FAILED_PAIRINGS_PER_MINUTE = 2;
const WEB_ORIGIN = 'https://readalong.example';

let server: WranglerDev;

beforeAll(async () => {
  server = await startWranglerDev({
    vars: {
      ACCOUNT_CREATIONS_PER_HOUR: String(ACCOUNTS_PER_HOUR),
      FAILED_PAIRING_ATTEMPTS_PER_MINUTE: String(FAILED_PAIRINGS_PER_MINUTE),
      ALLOWED_ORIGINS: WEB_ORIGIN,
    },
  });
});

afterAll(async () => {
  await server?.stop();
});

function request(method: string, path: string, options: { token?: string; json?: unknown } = {}) {
  return fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      ...(options.json !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    body: options.json !== undefined ? JSON.stringify(options.json) : undefined,
  });
}

async function errorCode(response: Response): Promise<string> {
  return errorResponseSchema.parse(await response.json()).error.code;
}

describe('the sync server under wrangler dev', () => {
  it('answers its health check with the version of package.json', async () => {
    const response = await request('GET', '/v1/health');
    expect(response.status).toBe(200);
    expect(healthResponseSchema.parse(await response.json()).version).toBe(packageJson.version);
  });

  it('pairs two browsers that then converge through /v1/sync; revoking one signs it out', async () => {
    const created = await request('POST', '/v1/accounts', { json: { deviceName: 'Chrome' } });
    expect(created.status).toBe(201);
    const a = createAccountResponseSchema.parse(await created.json());

    const codeResponse = await request('POST', '/v1/pairing-codes', { token: a.token });
    expect(codeResponse.status).toBe(201);
    const { code } = createPairingCodeResponseSchema.parse(await codeResponse.json());
    const joined = await request('POST', '/v1/devices', {
      json: { code, deviceName: 'Firefox' },
    });
    expect(joined.status).toBe(201);
    const b = addDeviceResponseSchema.parse(await joined.json());
    expect(b.accountId).toBe(a.accountId);

    const now = Date.now();
    const fromA = syncResponseSchema.parse(
      await (
        await request('POST', '/v1/sync', {
          token: a.token,
          json: {
            cursor: null,
            changes: [
              { key: 'status:chapter-1', value: 'done', hlc: formatHlc(now, 0, a.deviceId) },
              {
                key: 'furthest:video-1',
                value: 600,
                hlc: formatHlc(now, 1, a.deviceId),
                merge: 'max',
              },
            ],
          },
        })
      ).json(),
    );
    const fromB = syncResponseSchema.parse(
      await (
        await request('POST', '/v1/sync', {
          token: b.token,
          json: {
            cursor: null,
            changes: [
              {
                key: 'furthest:video-1',
                value: 300,
                hlc: formatHlc(now + 5, 0, b.deviceId),
                merge: 'max',
              },
            ],
          },
        })
      ).json(),
    );
    expect(Object.fromEntries(fromB.changes.map((c) => [c.key, c.value]))).toEqual({
      'status:chapter-1': 'done',
      'furthest:video-1': 600,
    });
    const aAgain = syncResponseSchema.parse(
      await (
        await request('POST', '/v1/sync', {
          token: a.token,
          json: { cursor: fromA.cursor, changes: [] },
        })
      ).json(),
    );
    expect(aAgain.changes).toEqual([]);

    const devices = listDevicesResponseSchema.parse(
      await (await request('GET', '/v1/devices', { token: a.token })).json(),
    );
    expect(devices.devices.map((d) => [d.name, d.current])).toEqual([
      ['Chrome', true],
      ['Firefox', false],
    ]);
    expect((await request('DELETE', `/v1/devices/${b.deviceId}`, { token: a.token })).status).toBe(
      204,
    );
    const revoked = await request('GET', '/v1/devices', { token: b.token });
    expect(revoked.status).toBe(401);
    expect(await errorCode(revoked)).toBe('invalid_token');

    expect((await request('DELETE', '/v1/account', { token: a.token })).status).toBe(204);
    expect((await request('GET', '/v1/devices', { token: a.token })).status).toBe(401);
  });

  it('refuses what it must, in the error shape: 404, 415, 413, 429', async () => {
    const missing = await request('GET', '/v1/nothing');
    expect([missing.status, await errorCode(missing)]).toEqual([404, 'not_found']);

    const text = await fetch(`${server.url}/v1/accounts`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'hello',
    });
    expect([text.status, await errorCode(text)]).toEqual([415, 'unsupported_media_type']);

    const huge = await fetch(`${server.url}/v1/accounts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ deviceName: 'x'.repeat(MAX_BODY_BYTES) }),
    });
    expect([huge.status, await errorCode(huge)]).toEqual([413, 'body_too_large']);

    for (let i = 0; i < FAILED_PAIRINGS_PER_MINUTE; i++) {
      const wrong = await request('POST', '/v1/devices', {
        json: { code: 'WRONG-C0DE0', deviceName: 'x' },
      });
      expect(wrong.status).toBe(403);
    }
    const limited = await request('POST', '/v1/devices', {
      json: { code: 'WRONG-C0DE0', deviceName: 'x' },
    });
    expect([limited.status, await errorCode(limited)]).toEqual([429, 'too_many_pairing_attempts']);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);

    // One account was created by the test above; the hourly limit stops the rest.
    const statuses = [];
    for (let i = 0; i < ACCOUNTS_PER_HOUR; i++) {
      statuses.push((await request('POST', '/v1/accounts', { json: { deviceName: 'x' } })).status);
    }
    expect(statuses).toEqual([201, 201, 429]);
  });

  it('allows CORS for extension pages and the configured origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/v1/sync`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
      });
    for (const origin of ['chrome-extension://abcdefghijklmnopabcdefghijklmnop', WEB_ORIGIN]) {
      expect((await preflight(origin)).headers.get('Access-Control-Allow-Origin')).toBe(origin);
    }
    const other = await preflight('https://elsewhere.example');
    expect(other.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('serves its OpenAPI document', async () => {
    const response = await request('GET', '/v1/openapi.json');
    const doc = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/v1/sync');
  });
});
