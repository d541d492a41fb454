import { hc } from 'hono/client';
import type { AppType } from '../../../worker/app';

/**
 * The live channel's address (`GET /v1/live` as `ws:` or `wss:`), from the server's own routes
 * through Hono's typed client, as sync-client.ts reaches the others. Pages open it themselves:
 * see live-channel.ts; the token goes in the subprotocols, never in this URL. A file of its
 * own because every page loads it, and sync-client.ts brings zod (it checks answers).
 */
export function liveUrl(serverUrl: string): string {
  const url = hc<AppType>(serverUrl).v1.live.$url();
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}
