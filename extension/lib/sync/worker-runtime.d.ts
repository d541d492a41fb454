/**
 * The extension's type check (tsconfig.json, DOM types) reads the worker's code for `AppType`
 * (sync-client.ts), and through the generated Env for the account hub, a Durable Object. The
 * Workers runtime's own types clash with the DOM's, so the few runtime names the hub uses are
 * declared here, as far as the hub uses them; `tsc -p worker` checks it against the real ones.
 */
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
