import { expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { call } from './support/api';

it('answers the health check with the version of package.json', async () => {
  const response = await call('GET', '/v1/health');
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ ok: true, version: packageJson.version });
});
