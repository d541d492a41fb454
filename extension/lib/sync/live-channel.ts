/**
 * The live channel of an open extension page (popup, side panel, options): a WebSocket to
 * `GET /v1/live` on which the server says "poke" when another browser of the account synced
 * a change; the page then asks the background to sync. It lives in the page, not in the
 * service worker, so nothing keeps the worker alive when no page is open (the periodic alarm
 * is the backstop then).
 *
 * - Each time the socket opens (first time and after a reconnect) counts as a poke too: a
 *   change made while it was not connected is pulled at once.
 * - A closed socket is opened again after `backoffDelay` (5 s, doubling, with jitter). Until
 *   it is open again, or if it can never be opened (a server without `/v1/live`, a proxy that
 *   refuses WebSockets), the page polls: `onPoke` every `POLL_INTERVAL_MS`.
 * - Every `PING_INTERVAL_MS` it sends "ping"; a socket that has not answered since the last
 *   ping is taken for dead (a sleeping laptop, a dropped network) and replaced.
 * - Closed with `signedOut` (the device was revoked, the account deleted): no reconnect, no
 *   poll; `onSignedOut` runs (the next sync finds out and signs this browser out).
 */
import { LIVE_CLOSE_CODES, LIVE_MESSAGES, liveProtocols } from '../../../shared/sync-protocol/live';
import { backoffDelay } from './backoff-delay';
import { liveUrl } from './live-url';
import type { SyncAccount } from './sync-storage';

/** While the channel is down, a page asks for a sync this often. */
export const POLL_INTERVAL_MS = 2_000;
/** A ping this often keeps the connection from idling out and finds dead ones. */
export const PING_INTERVAL_MS = 30_000;

export interface LiveChannelOptions {
  account: Pick<SyncAccount, 'serverUrl' | 'token'>;
  /** Sync now: a poke, the socket (re)opened, or a poll while it is down. */
  onPoke: () => void;
  /** The server closed the channel because this device no longer belongs to the account. */
  onSignedOut?: () => void;
  /** For tests: the WebSocket constructor and the randomness of the back-off. */
  createSocket?: (url: string, protocols: string[]) => WebSocket;
  random?: () => number;
}

export interface LiveChannel {
  /** Whether the socket is open now (otherwise the page is polling). */
  readonly connected: boolean;
  close(): void;
}

export function openLiveChannel({
  account,
  onPoke,
  onSignedOut,
  createSocket = (url, protocols) => new WebSocket(url, protocols),
  random = Math.random,
}: LiveChannelOptions): LiveChannel {
  let socket: WebSocket | undefined;
  let connected = false;
  let stopped = false;
  let failures = 0;
  let answered = true;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let pollTimer: ReturnType<typeof setInterval> | undefined;
  let pingTimer: ReturnType<typeof setInterval> | undefined;

  const startPolling = () => {
    pollTimer ??= setInterval(onPoke, POLL_INTERVAL_MS);
  };
  const stopPolling = () => {
    clearInterval(pollTimer);
    pollTimer = undefined;
  };

  const ping = () => {
    if (!socket || !answered) {
      socket?.close();
      return;
    }
    answered = false;
    socket.send(LIVE_MESSAGES.ping);
  };

  const connect = () => {
    reconnectTimer = undefined;
    let opened: WebSocket;
    try {
      opened = createSocket(liveUrl(account.serverUrl), liveProtocols(account.token));
    } catch {
      failures += 1;
      startPolling();
      return;
    }
    socket = opened;
    opened.addEventListener('open', () => {
      if (stopped) return;
      connected = true;
      failures = 0;
      answered = true;
      stopPolling();
      pingTimer = setInterval(ping, PING_INTERVAL_MS);
      onPoke();
    });
    opened.addEventListener('message', (event) => {
      answered = true;
      if (event.data === LIVE_MESSAGES.poke) onPoke();
    });
    opened.addEventListener('close', (event) => {
      if (socket !== opened) return;
      socket = undefined;
      connected = false;
      clearInterval(pingTimer);
      if (stopped) return;
      if (event.code === LIVE_CLOSE_CODES.signedOut) {
        stopped = true;
        onSignedOut?.();
        return;
      }
      failures += 1;
      startPolling();
      reconnectTimer = setTimeout(connect, backoffDelay(failures, random()));
    });
  };

  connect();
  return {
    get connected() {
      return connected;
    },
    close() {
      stopped = true;
      clearTimeout(reconnectTimer);
      clearInterval(pingTimer);
      stopPolling();
      const open = socket;
      socket = undefined;
      open?.close(1000, 'Page closed.');
    },
  };
}
