/**
 * The live channel of an open page: a poke (or the socket opening) asks for a sync; a socket
 * that drops is replaced with back-off while the page polls; a revoked device stops it all.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type LiveChannel,
  openLiveChannel,
  PING_INTERVAL_MS,
  POLL_INTERVAL_MS,
} from '../../extension/lib/sync/live-channel';
import { LIVE_CLOSE_CODES, LIVE_PROTOCOL } from '../../shared/sync-protocol/live';

/** A WebSocket the test drives: it opens, answers and closes when told. */
class FakeSocket extends EventTarget {
  sent: string[] = [];
  closedWith: number | undefined;
  constructor(
    readonly url: string,
    readonly protocols: string[],
  ) {
    super();
  }
  send(data: string) {
    this.sent.push(data);
  }
  close(code = 1005) {
    if (this.closedWith !== undefined) return;
    this.closedWith = code;
    this.dispatchEvent(Object.assign(new Event('close'), { code }));
  }
  open() {
    this.dispatchEvent(new Event('open'));
  }
  receive(data: string) {
    this.dispatchEvent(Object.assign(new Event('message'), { data }));
  }
}

let sockets: FakeSocket[];
let pokes: number;
let signedOut: number;
let channel: LiveChannel;
const last = () => sockets.at(-1)!;

function open() {
  channel = openLiveChannel({
    account: { serverUrl: 'https://sync.example/base', token: 'dev.secret' },
    onPoke: () => pokes++,
    onSignedOut: () => signedOut++,
    createSocket: (url, protocols) => {
      const socket = new FakeSocket(url, protocols);
      sockets.push(socket);
      return socket as unknown as WebSocket;
    },
    random: () => 0,
  });
}

describe('live channel', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    sockets = [];
    pokes = 0;
    signedOut = 0;
  });
  afterEach(() => {
    channel.close();
    vi.useRealTimers();
  });

  it('connects to /v1/live with the token as a subprotocol, never in the URL', () => {
    open();
    expect(last().url).toBe('wss://sync.example/base/v1/live');
    expect(last().protocols).toEqual([LIVE_PROTOCOL, 'bearer.dev.secret']);
  });

  it('asks for a sync when it opens and on every poke, and nothing else while open', async () => {
    open();
    last().open();
    expect(pokes).toBe(1);
    last().receive('poke');
    last().receive('pong');
    expect(pokes).toBe(2);
    await vi.advanceTimersByTimeAsync(PING_INTERVAL_MS - 1);
    expect(pokes).toBe(2);
    expect(channel.connected).toBe(true);
  });

  it('polls while the socket is down, reconnects with back-off, and stops polling once open', async () => {
    open();
    last().close(1006);
    expect(channel.connected).toBe(false);
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS);
    expect(pokes).toBe(1);
    expect(sockets).toHaveLength(1);
    // The first reconnect waits the back-off's first step (5 s, no jitter here).
    await vi.advanceTimersByTimeAsync(5_000 - POLL_INTERVAL_MS);
    expect(sockets).toHaveLength(2);
    const polled = pokes;
    last().open();
    expect(pokes).toBe(polled + 1);
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS * 3);
    expect(pokes).toBe(polled + 1);
  });

  it('replaces a socket that stopped answering pings', async () => {
    open();
    last().open();
    await vi.advanceTimersByTimeAsync(PING_INTERVAL_MS);
    expect(last().sent).toEqual(['ping']);
    await vi.advanceTimersByTimeAsync(PING_INTERVAL_MS);
    expect(sockets[0]!.closedWith).toBeDefined();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sockets).toHaveLength(2);
  });

  it('stops for good when the server signs the device out', async () => {
    open();
    last().open();
    last().close(LIVE_CLOSE_CODES.signedOut);
    expect(signedOut).toBe(1);
    const before = pokes;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sockets).toHaveLength(1);
    expect(pokes).toBe(before);
  });

  it('closes its socket and stops polling when the page closes', async () => {
    open();
    last().close(1006);
    channel.close();
    const before = pokes;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(pokes).toBe(before);
    expect(sockets).toHaveLength(1);
  });
});
