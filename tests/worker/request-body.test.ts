import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../shared/sync-protocol/limits';
import { MAX_DISCARDED_BYTES } from '../../worker/middleware/discard-body';
import { call, createAccount, expectError, hlc, sync } from './support/api';

/** The edge checks every endpoint with a body shares (shown on /v1/sync and /v1/accounts). */
describe('request bodies', () => {
  it('refuses a body not sent as application/json (415)', async () => {
    const { token } = await createAccount();
    const body = JSON.stringify({ cursor: null, changes: [] });
    for (const type of [undefined, 'text/plain', 'application/x-www-form-urlencoded']) {
      const response = await call('POST', '/v1/sync', {
        token,
        body,
        headers: type ? { 'Content-Type': type } : {},
      });
      await expectError(response, 415, 'unsupported_media_type');
    }
    const withCharset = await call('POST', '/v1/sync', {
      token,
      body,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
    expect(withCharset.status).toBe(200);
  });

  it('refuses a body over 1 MiB by its Content-Length (413)', async () => {
    const response = await call('POST', '/v1/accounts', {
      body: 'x',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(MAX_BODY_BYTES + 1) },
    });
    await expectError(response, 413, 'body_too_large');
  });

  it('refuses a body over 1 MiB by the bytes read when no length is declared (413)', async () => {
    const { token } = await createAccount();
    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
    const offered = 4 * MAX_DISCARDED_BYTES;
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= offered) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const response = await call('POST', '/v1/sync', {
      token,
      body: stream,
      headers: { 'Content-Type': 'application/json' },
    });
    await expectError(response, 413, 'body_too_large');
    // It read and dropped a bounded amount (so the connection stays usable, see
    // worker/middleware/discard-body.ts) rather than taking the whole upload.
    expect(sent).toBeLessThan(MAX_DISCARDED_BYTES + 2 * MAX_BODY_BYTES);
  });

  it('accepts a body of exactly 1 MiB', async () => {
    const { token } = await createAccount();
    const json = JSON.stringify({ cursor: null, changes: [] });
    const body = json + ' '.repeat(MAX_BODY_BYTES - json.length);
    const response = await call('POST', '/v1/sync', {
      token,
      body,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(200);
  });

  it('refuses malformed JSON and bytes that are not UTF-8 (400)', async () => {
    const { token } = await createAccount();
    const send = (body: BodyInit) =>
      call('POST', '/v1/sync', { token, body, headers: { 'Content-Type': 'application/json' } });
    await expectError(await send('{"cursor": null, "changes": ['), 400, 'invalid_json');
    await expectError(await send(''), 400, 'invalid_json');
    await expectError(await send(new Uint8Array([0x22, 0xff, 0xfe, 0x22])), 400, 'invalid_json');
  });

  it('names the field at fault in the message', async () => {
    const { token, deviceId } = await createAccount();
    const response = await call('POST', '/v1/sync', {
      token,
      json: { cursor: null, changes: [{ key: 'k', value: 1, hlc: hlc(deviceId), colour: 'red' }] },
    });
    const message = await expectError(response, 400, 'unknown_field');
    expect(message).toContain('colour');
    expect(message).toContain('changes[0]');
  });

  it('loses nothing when a body is refused: the account is unchanged', async () => {
    const { token } = await createAccount();
    await call('POST', '/v1/sync', {
      token,
      body: '{',
      headers: { 'Content-Type': 'application/json' },
    });
    expect((await sync(token, null)).changes).toEqual([]);
  });
});
