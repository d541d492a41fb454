/**
 * Typed calls from extension pages and content scripts to the background service worker,
 * which owns every write. Features declare their calls by extending `BackgroundCalls` with
 * declaration merging, next to their handler:
 *
 *   declare module '../lib/background-calls' {
 *     interface BackgroundCalls { 'set-status': (req: {...}) => Promise<void> }
 *   }
 */
import { browser } from 'wxt/browser';

// biome-ignore lint/suspicious/noEmptyInterface: filled in by declaration merging
export interface BackgroundCalls {}

type CallName = keyof BackgroundCalls;
type Handler<K extends CallName> = BackgroundCalls[K] extends (req: infer Q) => infer R
  ? (req: Q, sender: { tabId?: number; url?: string }) => R
  : never;
type RequestOf<K extends CallName> = BackgroundCalls[K] extends (req: infer Q) => unknown
  ? Q
  : never;
type ResultOf<K extends CallName> = BackgroundCalls[K] extends (req: never) => infer R
  ? Awaited<R>
  : never;

interface CallMessage {
  readalong: string;
  request: unknown;
}
type CallReply = { ok: true; result: unknown } | { ok: false; error: string };

const handlers = new Map<
  string,
  (req: unknown, sender: { tabId?: number; url?: string }) => unknown
>();

/** Registers the background's handler for one call. */
export function handleCall<K extends CallName>(name: K, handler: Handler<K>): void {
  handlers.set(name, handler as never);
}

/** Answers calls; the background entrypoint starts this once, synchronously. */
export function listenForCalls(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const call = message as Partial<CallMessage> | null;
    if (!call || typeof call.readalong !== 'string') return false;
    const handler = handlers.get(call.readalong);
    if (!handler) {
      sendResponse({ ok: false, error: `Unknown call ${call.readalong}` } satisfies CallReply);
      return false;
    }
    Promise.resolve()
      .then(() => handler(call.request, { tabId: sender.tab?.id, url: sender.tab?.url }))
      .then(
        (result) => sendResponse({ ok: true, result } satisfies CallReply),
        (error: unknown) =>
          sendResponse({
            ok: false,
            error: error instanceof Error ? error.message : String(error),
          } satisfies CallReply),
      );
    return true;
  });
}

/** Calls the background and waits for its answer; a failure there is thrown here. */
export async function callBackground<K extends CallName>(
  name: K,
  request: RequestOf<K>,
): Promise<ResultOf<K>> {
  const reply = (await browser.runtime.sendMessage({
    readalong: name,
    request,
  } satisfies CallMessage)) as CallReply | undefined;
  if (!reply) throw new Error(`No answer from the background for ${name}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.result as ResultOf<K>;
}
