import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../worker/app';
import { call, createAccount } from './support/api';

const CHROME = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const FIREFOX = 'moz-extension://0b7c0d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e';

const preflight = (origin: string) =>
  call('OPTIONS', '/v1/sync', {
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'authorization, content-type',
    },
  });

describe('CORS', () => {
  it('lets extension pages of Chrome and Firefox call the API, preflight included', async () => {
    for (const origin of [CHROME, FIREFOX]) {
      const response = await preflight(origin);
      expect(response.status).toBe(204);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe(origin);
      expect(response.headers.get('Access-Control-Allow-Methods')).toContain('POST');
      expect(response.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain(
        'authorization',
      );
      const { token } = await createAccount();
      const actual = await call('GET', '/v1/devices', { token, headers: { Origin: origin } });
      expect(actual.headers.get('Access-Control-Allow-Origin')).toBe(origin);
    }
  });

  it('allows nothing else: not web pages, not look-alikes', async () => {
    for (const origin of [
      'https://evil.example',
      'http://localhost:3000',
      'chrome-extension://abc/evil',
      'null',
    ]) {
      const response = await preflight(origin);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
      const actual = await call('GET', '/v1/health', { headers: { Origin: origin } });
      expect(actual.headers.get('Access-Control-Allow-Origin')).toBeNull();
    }
  });

  it('allows the web origins listed in ALLOWED_ORIGINS', async () => {
    const app = createApp();
    const configured = {
      ...env,
      ALLOWED_ORIGINS: ' https://readalong.example , https://b.example',
    };
    const ask = (origin: string) =>
      app.request('/v1/health', { headers: { Origin: origin } }, configured);
    const allowed = await ask('https://readalong.example');
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe('https://readalong.example');
    expect((await ask('https://b.example')).headers.get('Access-Control-Allow-Origin')).toBe(
      'https://b.example',
    );
    expect((await ask('https://c.example')).headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('sends CORS headers on errors too, so an extension can read the error', async () => {
    const response = await call('GET', '/v1/devices', { headers: { Origin: CHROME } });
    expect(response.status).toBe(401);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(CHROME);
  });
});
