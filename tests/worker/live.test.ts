import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import {
  LIVE_CLOSE_CODES,
  LIVE_MESSAGES,
  LIVE_PROTOCOL,
  liveProtocols,
} from '../../shared/sync-protocol/live';
import worker from '../../worker/index';
import { call, createAccount, expectError, hlc, pairDevice, SERVER, sync } from './support/api';

/** `GET /v1/live` as a browser's `new WebSocket(url, protocols)` sends it. */
function handshake(protocols: string[], headers: Record<string, string> = {}) {
  return exports.default.fetch(`${SERVER}/v1/live`, {
    headers: { Upgrade: 'websocket', 'Sec-WebSocket-Protocol': protocols.join(', '), ...headers },
  });
}

/** An open live channel: every message it received, and a wait for the next ones. */
async function openLive(token: string) {
  const response = await handshake(liveProtocols(token));
  expect(response.status).toBe(101);
  const socket = response.webSocket!;
  socket.accept();
  const messages: string[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  socket.addEventListener('message', (event) => {
    messages.push(String(event.data));
    for (const wait of waiting) if (messages.length >= wait.count) wait.resolve();
  });
  const closed = new Promise<CloseEvent>((resolve) => socket.addEventListener('close', resolve));
  return {
    response,
    socket,
    messages,
    closed,
    /** Resolves once `count` messages in all have arrived. */
    received: (count: number) =>
      new Promise<void>((resolve) => {
        if (messages.length >= count) resolve();
        else waiting.push({ count, resolve });
      }),
    /** Everything received before the answer to a ping sent now (the socket keeps order). */
    async settle() {
      const count = messages.length + 1;
      socket.send(LIVE_MESSAGES.ping);
      await this.received(count);
      return messages.slice();
    },
  };
}

/** An account of three devices, each with its live channel open. */
async function threeDevicesLive() {
  const a = await createAccount();
  const b = await pairDevice(a.token);
  const c = await pairDevice(a.token, 'Chrome at home');
  const [liveA, liveB, liveC] = await Promise.all([
    openLive(a.token),
    openLive(b.token),
    openLive(c.token),
  ]);
  return { a, b, c, liveA, liveB, liveC };
}

describe('GET /v1/live', () => {
  it('pokes the other devices of the account when a sync changed registers, not the sender', async () => {
    const { a, liveA, liveB, liveC } = await threeDevicesLive();
    await sync(a.token, null, [{ key: 'status:ch1', value: 'done', hlc: hlc(a.deviceId) }]);
    await Promise.all([liveB.received(1), liveC.received(1)]);
    expect(liveB.messages).toEqual([LIVE_MESSAGES.poke]);
    expect(liveC.messages).toEqual([LIVE_MESSAGES.poke]);
    expect(await liveA.settle()).toEqual([LIVE_MESSAGES.pong]);
  });

  it('pokes nobody for a sync that changed nothing: a pull, or a change that lost its merge', async () => {
    const a = await createAccount();
    const b = await pairDevice(a.token);
    const first = await sync(a.token, null, [{ key: 'k', value: 2, hlc: hlc(a.deviceId, 0, 2) }]);
    const liveB = await openLive(b.token);
    const losing = [{ key: 'k', value: 1, hlc: hlc(a.deviceId, -60_000) }];
    for (const changes of [[], losing]) {
      // Run to the end, work after the response included: any poke has been sent by then.
      const context = createExecutionContext();
      const request = new Request(`${SERVER}/v1/sync`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${a.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ cursor: first.cursor, changes }),
      });
      expect((await worker.fetch(request, env, context)).status).toBe(200);
      await waitOnExecutionContext(context);
    }
    expect(await liveB.settle()).toEqual([LIVE_MESSAGES.pong]);
  });

  it('does not poke another account', async () => {
    const a = await createAccount();
    const other = await createAccount('Somebody else');
    const liveOther = await openLive(other.token);
    const liveB = await openLive((await pairDevice(a.token)).token);
    await sync(a.token, null, [{ key: 'k', value: 1, hlc: hlc(a.deviceId) }]);
    await liveB.received(1);
    expect(await liveOther.settle()).toEqual([LIVE_MESSAGES.pong]);
  });

  it('selects the live subprotocol and never echoes the token', async () => {
    const a = await createAccount();
    const { response } = await openLive(a.token);
    expect(response.headers.get('Sec-WebSocket-Protocol')).toBe(LIVE_PROTOCOL);
  });

  it('closes the socket of a revoked device, and every socket of a deleted account', async () => {
    const { a, b, c, liveA, liveB, liveC } = await threeDevicesLive();
    expect((await call('DELETE', `/v1/devices/${b.deviceId}`, { token: a.token })).status).toBe(
      204,
    );
    expect((await liveB.closed).code).toBe(LIVE_CLOSE_CODES.signedOut);
    expect(await liveA.settle()).toEqual([LIVE_MESSAGES.pong]);
    expect((await call('DELETE', '/v1/account', { token: c.token })).status).toBe(204);
    const closes = await Promise.all([liveA.closed, liveC.closed]);
    expect(closes.map((event) => event.code)).toEqual([
      LIVE_CLOSE_CODES.signedOut,
      LIVE_CLOSE_CODES.signedOut,
    ]);
  });

  it('refuses a handshake without a valid token, or that is not a live WebSocket', async () => {
    const a = await createAccount();
    await expectError(await handshake([LIVE_PROTOCOL]), 401, 'missing_token');
    await expectError(await handshake(liveProtocols(`${a.deviceId}.x`)), 401, 'invalid_token');
    const revoked = await pairDevice(a.token);
    await call('DELETE', `/v1/devices/${revoked.deviceId}`, { token: revoked.token });
    await expectError(await handshake(liveProtocols(revoked.token)), 401, 'invalid_token');
    const [, bearer] = liveProtocols(a.token);
    await expectError(await handshake([bearer!]), 426, 'upgrade_required');
    await expectError(
      await handshake(liveProtocols(a.token), { Upgrade: 'h2c' }),
      426,
      'upgrade_required',
    );
  });
});
