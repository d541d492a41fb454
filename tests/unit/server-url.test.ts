import { describe, expect, it } from 'vitest';
import { hostPattern } from '../../extension/lib/sync/server-access';
import { normalizeServerUrl } from '../../extension/lib/sync/server-url';

describe('sync server address', () => {
  it('keeps the origin and path, without a trailing slash', () => {
    expect(normalizeServerUrl(' https://sync.example.org/ ')).toEqual({
      ok: true,
      url: 'https://sync.example.org',
    });
    expect(normalizeServerUrl('http://127.0.0.1:8787/readalong/?x=1#y')).toEqual({
      ok: true,
      url: 'http://127.0.0.1:8787/readalong',
    });
  });

  it('refuses what is not an http(s) address, saying why', () => {
    expect(normalizeServerUrl('')).toMatchObject({ ok: false, error: /Enter the address/ });
    expect(normalizeServerUrl('sync.example.org')).toMatchObject({
      ok: false,
      error: /https:\/\//,
    });
    expect(normalizeServerUrl('ftp://sync.example.org')).toMatchObject({
      ok: false,
      error: /must start with https:\/\//,
    });
    expect(normalizeServerUrl('https://me:secret@sync.example.org')).toMatchObject({
      ok: false,
      error: /user name or password/,
    });
  });

  it('asks for a host permission that covers any port of the host', () => {
    expect(hostPattern('http://127.0.0.1:8787/readalong')).toBe('http://127.0.0.1/*');
    expect(hostPattern('https://sync.example.org')).toBe('https://sync.example.org/*');
  });
});
