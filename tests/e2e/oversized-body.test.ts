/**
 * A refused oversized body, streamed without a Content-Length, against the real
 * `wrangler dev`: the request after it must work. (When the Worker cancelled the body stream,
 * wrangler's proxy answered most next requests `503 Your worker restarted mid-request`.)
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createAccountResponseSchema,
  errorResponseSchema,
  MAX_BODY_BYTES,
} from '../../shared/sync-protocol';
import { startWranglerDev, type WranglerDev } from './support/wrangler-dev';

let server: WranglerDev;

beforeAll(async () => {
  server = await startWranglerDev();
});

afterAll(async () => {
  await server?.stop();
});

/** 2.5 MiB of spaces, streamed in 64 KiB chunks. */
function streamedBody(): ReadableStream<Uint8Array> {
  let chunks = 0;
  return new ReadableStream({
    pull(controller) {
      if (chunks++ >= 40) return controller.close();
      controller.enqueue(new Uint8Array(64 * 1024).fill(32));
    },
  });
}

it('refuses a streamed body over 1 MiB with 413, and the next request works, every time', async () => {
  expect(40 * 64 * 1024).toBeGreaterThan(2 * MAX_BODY_BYTES);
  const created = await fetch(`${server.url}/v1/accounts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ deviceName: 'Chrome' }),
  });
  const { token } = createAccountResponseSchema.parse(await created.json());
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
  for (let round = 0; round < 8; round++) {
    const refused = await fetch(`${server.url}/v1/sync`, {
      method: 'POST',
      headers,
      body: streamedBody(),
      duplex: 'half',
    } as RequestInit);
    expect(refused.status).toBe(413);
    expect(errorResponseSchema.parse(await refused.json()).error.code).toBe('body_too_large');
    const next = await fetch(`${server.url}/v1/sync`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ cursor: null, changes: [] }),
    });
    expect(next.status, `round ${round}: ${await next.clone().text()}`).toBe(200);
    await next.arrayBuffer();
  }
});
