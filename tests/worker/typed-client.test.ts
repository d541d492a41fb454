import { exports } from 'cloudflare:workers';
import { hc } from 'hono/client';
import { expect, it } from 'vitest';
import { formatHlc } from '../../shared/hlc';
import type { AppType } from '../../worker/index';
import { freshAddress } from './support/api';

/** The extension can call the server through Hono's typed client, typed from the server. */
it('works through hc<AppType>', async () => {
  const client = hc<AppType>('http://sync.test', {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => exports.default.fetch(input, init),
    headers: { 'CF-Connecting-IP': freshAddress() },
  });
  const created = await client.v1.accounts.$post({ json: { deviceName: 'Typed' } });
  expect(created.status).toBe(201);
  const account = await created.json();
  const headers = { Authorization: `Bearer ${account.token}` };
  const synced = await client.v1.sync.$post(
    {
      json: {
        cursor: null,
        changes: [{ key: 'k', value: [1, 2], hlc: formatHlc(Date.now(), 0, account.deviceId) }],
      },
    },
    { headers },
  );
  const body = await synced.json();
  expect(body.changes).toEqual([
    { key: 'k', value: [1, 2], hlc: expect.any(String), merge: 'lww' },
  ]);
  const devices = await (await client.v1.devices.$get({}, { headers })).json();
  expect(devices.devices.map((device) => device.name)).toEqual(['Typed']);
});
