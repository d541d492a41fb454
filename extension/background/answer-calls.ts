/**
 * The background's side of `lib/background-calls.ts`: one listener that finds the call, checks
 * its request against the declared schema (the only place a call's request is validated), runs
 * its handler and sends back the result or the error's message.
 */
import { browser } from 'wxt/browser';
import type { z } from 'zod';
import {
  backgroundCalls,
  type CallMessage,
  type CallName,
  type CallReply,
  type ParsedRequestOf,
  type ResultOf,
} from '../lib/background-calls';
import { messageOf } from '../lib/message-of';

/** One handler per declared call, of the declared types. */
export type CallHandlers = {
  [K in CallName]: (request: ParsedRequestOf<K>) => Promise<ResultOf<K>> | ResultOf<K>;
};

/** The request, as its schema reads it, or an error that says what is wrong with it. */
export function parseRequest<S extends z.ZodType>(name: string, schema: S, request: unknown) {
  const parsed = schema.safeParse(request);
  if (parsed.success) return parsed.data as z.output<S>;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
  throw new Error(`Bad ${name} request: ${issue?.message ?? 'unreadable'}${where}`);
}

const isCallName = (name: unknown): name is CallName =>
  typeof name === 'string' && Object.hasOwn(backgroundCalls, name);

/** Runs one call: validates its request, then hands it to its handler. */
async function dispatchCall(
  handlers: CallHandlers,
  name: string,
  request: unknown,
): Promise<unknown> {
  if (!isCallName(name)) throw new Error(`Unknown call ${name}`);
  const handler = handlers[name] as (request: unknown) => unknown;
  return handler(parseRequest(name, backgroundCalls[name].request, request));
}

/** Answers calls; the background entrypoint starts this once, synchronously. */
export function answerCalls(handlers: CallHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    const { readalong: name, request } = (message ?? {}) as Partial<CallMessage>;
    if (typeof name !== 'string') return false;
    dispatchCall(handlers, name, request).then(
      (result) => sendResponse({ ok: true, result } satisfies CallReply),
      (error: unknown) => sendResponse({ ok: false, error: messageOf(error) } satisfies CallReply),
    );
    return true;
  });
}
