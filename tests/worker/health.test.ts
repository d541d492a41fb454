import { exports } from 'cloudflare:workers';
import { expect, it } from 'vitest';

it('answers the health check with its version', async () => {
  const response = await exports.default.fetch('http://sync.test/v1/health');
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ ok: true, version: expect.any(String) });
});
