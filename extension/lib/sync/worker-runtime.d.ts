/**
 * The extension's type check (tsconfig.json, DOM types) reads the worker's code for `AppType`
 * (sync-client.ts) and, through the generated Env, the worker's entry. The Workers runtime's own
 * types clash with the DOM's, so the few runtime names the worker's code uses are declared here,
 * as far as it uses them; `tsc -p worker` checks that code against the real ones.
 */
interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
  passThroughOnException(): void;
  readonly props: unknown;
}
interface ScheduledController {
  readonly scheduledTime: number;
  readonly cron: string;
}
interface ExportedHandler<E = unknown> {
  fetch?(request: Request, env: E, ctx: ExecutionContext): Response | Promise<Response>;
  scheduled?(controller: ScheduledController, env: E, ctx: ExecutionContext): void | Promise<void>;
}
interface D1Result<T = unknown> {
  results: T[];
  meta: { changes: number; rows_read: number; rows_written: number };
}

// The account hub, a Durable Object (worker/live/account-hub.ts).
declare module 'cloudflare:workers' {
  export abstract class DurableObject<Env = unknown> {
    protected ctx: DurableObjectState;
    protected env: Env;
    constructor(ctx: DurableObjectState, env: Env);
    fetch?(request: Request): Response | Promise<Response>;
    webSocketMessage?(ws: WebSocket, message: string | ArrayBuffer): void | Promise<void>;
    webSocketClose?(
      ws: WebSocket,
      code: number,
      reason: string,
      wasClean: boolean,
    ): void | Promise<void>;
  }
}
interface DurableObjectState {
  acceptWebSocket(ws: WebSocket, tags?: string[]): void;
  getWebSockets(tag?: string): WebSocket[];
  getTags(ws: WebSocket): string[];
  setWebSocketAutoResponse(pair?: WebSocketRequestResponsePair): void;
}
declare class WebSocketRequestResponsePair {
  constructor(request: string, response: string);
}
declare const WebSocketPair: { new (): { 0: WebSocket; 1: WebSocket } };
interface ResponseInit {
  webSocket?: WebSocket | null;
}
