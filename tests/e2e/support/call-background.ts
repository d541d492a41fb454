/**
 * A call to the background, made from one of the extension's pages, as `call()` in
 * extension/lib/background-calls.ts makes it: the message and its answer are typed from that
 * one table, so a test cannot drift from the wire format.
 */
import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import type {
  CallMessage,
  CallName,
  CallReply,
  RequestOf,
  ResultOf,
} from '../../../extension/lib/background-calls';
import type { ExtensionGlobal } from './extension-global';

/** A page of Chromium (Playwright) or of Firefox (puppeteer): both `evaluate(fn, arg)`. */
export type ExtensionPage = Page | FirefoxPage;

export async function callBackground<K extends CallName>(
  page: ExtensionPage,
  name: K,
  request?: RequestOf<K>,
): Promise<ResultOf<K>> {
  const message: CallMessage = { readalong: name, request };
  const evaluate = page.evaluate.bind(page) as (
    fn: (m: CallMessage) => Promise<unknown>,
    m: CallMessage,
  ) => Promise<unknown>;
  const reply = await evaluate(
    (m) => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage(m),
    message,
  );
  const answer = reply as CallReply | undefined;
  if (!answer) throw new Error(`No answer from the background for ${name}`);
  if (!answer.ok) throw new Error(answer.error);
  return answer.result as ResultOf<K>;
}
