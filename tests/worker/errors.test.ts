import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../worker/app';
import { call, expectError } from './support/api';

describe('errors', () => {
  it('answers an unknown path or method with 404 in the error shape', async () => {
    await expectError(await call('GET', '/v1/nothing-here'), 404, 'not_found');
    await expectError(await call('GET', '/'), 404, 'not_found');
    await expectError(await call('PUT', '/v1/sync'), 404, 'not_found');
    await expectError(await call('GET', '/v1/health/'), 404, 'not_found');
  });

  it('never shows SQL or a stack trace when something fails inside: a plain 500', async () => {
    const failingDb = {
      prepare() {
        throw new Error('D1_ERROR: no such table: registers: SQLITE_ERROR at worker/sync.ts:12');
      },
      batch() {
        throw new Error('D1_ERROR: SQLITE_CONSTRAINT');
      },
    } as unknown as D1Database;
    const app = createApp();
    const response = await app.request(
      '/v1/accounts',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ deviceName: 'x' }),
      },
      { ...env, DB: failingDb },
    );
    const text = await response.clone().text();
    await expectError(response, 500, 'internal_error');
    expect(text).not.toMatch(/SQL|D1_ERROR|registers|\.ts|at /);
  });

  it('answers 500 rather than guessing when a wrangler.toml limit is not a number', async () => {
    const app = createApp();
    const response = await app.request(
      '/v1/accounts',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ deviceName: 'x' }),
      },
      { ...env, ACCOUNT_CREATIONS_PER_HOUR: 'lots' },
    );
    await expectError(response, 500, 'internal_error');
  });

  it('marks every answer as not cacheable', async () => {
    const response = await call('GET', '/v1/health');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });
});
