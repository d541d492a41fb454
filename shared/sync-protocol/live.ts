/**
 * The live channel, `GET /v1/live`: a WebSocket on which the server says "poke" whenever
 * another device of the account changed registers, so an open extension page pulls at once
 * (Replicache's poke: the socket carries no data, only the hint to sync).
 *
 * A browser cannot set `Authorization` on a WebSocket, so the device's token travels as one
 * of the offered subprotocols, `bearer.<token>`, next to `LIVE_PROTOCOL`; the server answers
 * with `LIVE_PROTOCOL` only, so the token is never echoed. Never put a token in the URL:
 * URLs end up in logs.
 */

/** The subprotocol of the live channel; the server selects it in its answer. */
export const LIVE_PROTOCOL = 'readalong-live.v1';

const TOKEN_PREFIX = 'bearer.';

/** What a client passes as `new WebSocket(url, liveProtocols(token))`. */
export function liveProtocols(token: string): string[] {
  return [LIVE_PROTOCOL, `${TOKEN_PREFIX}${token}`];
}

/** The offered subprotocols of a `Sec-WebSocket-Protocol` header, in order. */
export function offeredProtocols(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((protocol) => protocol.trim())
    .filter((protocol) => protocol !== '');
}

/** The token among the offered subprotocols, if any. */
export function tokenFromProtocols(offered: readonly string[]): string | undefined {
  return offered.find((protocol) => protocol.startsWith(TOKEN_PREFIX))?.slice(TOKEN_PREFIX.length);
}

/** Messages on the channel: the server sends `poke`; a client may send `ping`, answered `pong`. */
export const LIVE_MESSAGES = { poke: 'poke', ping: 'ping', pong: 'pong' } as const;

/**
 * Close codes the server uses (4000–4999 are the application's). A client must not reconnect
 * after `signedOut`: its token no longer works.
 */
export const LIVE_CLOSE_CODES = {
  /** The device was revoked or the account deleted. */
  signedOut: 4001,
} as const;
