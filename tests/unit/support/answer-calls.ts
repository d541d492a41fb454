import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerCalls } from '../../../extension/background/answer-calls';
import { callHandlers } from '../../../extension/background/call-handlers';
import { createInstalledIndex } from '../../../extension/background/installed-index';
import { pageMarker } from '../../../extension/background/mark-page-done';
import { pageLinker } from '../../../extension/background/page-linker';
import { createTabPages } from '../../../extension/background/tab-pages';

/**
 * The background's call dispatcher and handlers, wired as the background wires them; the index
 * and tab pages they share, for a test that wires more of the background to them.
 */
export function answerBackgroundCalls() {
  const index = createInstalledIndex();
  const tabPages = createTabPages();
  answerCalls(
    callHandlers(
      index,
      pageMarker(index, tabPages),
      pageLinker(index, tabPages, () => undefined),
    ),
  );
  return { index, tabPages };
}

/**
 * The background's call dispatcher and handlers, listening in this process, and a
 * `runtime.sendMessage` that waits for their `sendResponse` answer (the fake browser's own
 * returns what a listener returns, which carries no answer): a page's `call()` then runs the
 * real path. Call it after each `fakeBrowser.reset()`.
 */
export function answerCallsInProcess(): void {
  answerBackgroundCalls();
  fakeBrowser.runtime.sendMessage = ((message: unknown) =>
    new Promise((resolve) => {
      const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => unknown;
      trigger(message, {}, resolve);
    })) as typeof fakeBrowser.runtime.sendMessage;
}
