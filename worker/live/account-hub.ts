import { DurableObject } from 'cloudflare:workers';
import { LIVE_CLOSE_CODES, LIVE_MESSAGES, LIVE_PROTOCOL } from '../../shared/sync-protocol/live';

/** On the internal request that opens a socket: the device, authenticated by the Worker. */
export const DEVICE_HEADER = 'X-Readalong-Device';

/** The hub of an account (created on first use; the name always finds the same object). */
export function accountHub(env: Env, accountId: string) {
  return env.ACCOUNT_HUB.getByName(accountId);
}

/** Close codes a socket may not send back (RFC 6455 reserves them for reporting). */
const RESERVED_CLOSE_CODES = new Set([1005, 1006, 1015]);

/**
 * One per account (named by the account id): holds the live sockets of the account's open
 * extension pages and pokes them when another device changed registers.
 *
 * The sockets are hibernatable (`ctx.acceptWebSocket`): between pokes the object is evicted
 * from memory and costs nothing, the runtime keeps the connections, and each socket is tagged
 * with its device id so `poke` can skip the sender and `signOut` can find a device's sockets.
 * Pings are answered by the runtime itself (`setWebSocketAutoResponse`) without waking it.
 * It stores nothing.
 */
export class AccountHub extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.setWebSocketAutoResponse(
      new WebSocketRequestResponsePair(LIVE_MESSAGES.ping, LIVE_MESSAGES.pong),
    );
  }

  /** Opens a socket for the device named in `DEVICE_HEADER` (authenticated by the Worker). */
  override async fetch(request: Request): Promise<Response> {
    const deviceId = request.headers.get(DEVICE_HEADER);
    if (!deviceId) return new Response('No device.', { status: 400 });
    const { 0: client, 1: server } = new WebSocketPair();
    this.ctx.acceptWebSocket(server, [deviceId]);
    return new Response(null, {
      status: 101,
      webSocket: client,
      headers: { 'Sec-WebSocket-Protocol': LIVE_PROTOCOL },
    });
  }

  /** Says "poke" on every socket of the account except those of `senderDeviceId`. */
  async poke(senderDeviceId: string): Promise<void> {
    for (const socket of this.ctx.getWebSockets()) {
      if (this.ctx.getTags(socket)[0] === senderDeviceId) continue;
      try {
        socket.send(LIVE_MESSAGES.poke);
      } catch {
        // Closing already: its page will reconnect and pull.
      }
    }
  }

  /** Closes the sockets of a revoked device, or of every device when the account is deleted. */
  async signOut(deviceId?: string): Promise<void> {
    for (const socket of this.ctx.getWebSockets(deviceId)) {
      socket.close(LIVE_CLOSE_CODES.signedOut, 'Signed out.');
    }
  }

  /** Completes the closing handshake a page started (the hibernation API does not). */
  override async webSocketClose(socket: WebSocket, code: number): Promise<void> {
    socket.close(RESERVED_CLOSE_CODES.has(code) ? 1000 : code, 'Closed.');
  }

  /** Anything a page sends besides "ping" is ignored. */
  override async webSocketMessage(): Promise<void> {}
}
