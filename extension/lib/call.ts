/**
 * Calls the background (the table of calls: background-calls.ts, imported here as types only,
 * so a page or content script that calls bundles none of its schemas).
 */
import { browser } from 'wxt/browser';
import type { CallMessage, CallName, CallReply, RequestOf, ResultOf } from './background-calls';

/**
 * Calls the background and waits for its answer; a failure there is thrown here. Calls that
 * take no request are made with the name alone.
 */
export async function call<K extends CallName>(
  name: K,
  ...args: undefined extends RequestOf<K> ? [request?: RequestOf<K>] : [request: RequestOf<K>]
): Promise<ResultOf<K>> {
  const reply = (await browser.runtime.sendMessage({
    readalong: name,
    request: args[0],
  } satisfies CallMessage)) as CallReply | undefined;
  if (!reply) throw new Error(`No answer from the background for ${name}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.result as ResultOf<K>;
}
