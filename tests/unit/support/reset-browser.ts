import { fakeBrowser } from 'wxt/testing/fake-browser';
import { outboxStorage } from '../../../extension/lib/storage';

/**
 * A fresh fake browser. The outbox is stored empty rather than left to its fallback: for a
 * missing key, `getValue()` hands out the item's one shared fallback object, so code that
 * edited what it read in place (the writers copy it first) would carry one test's changes
 * into the next instead of failing there.
 */
export async function resetBrowser(): Promise<void> {
  fakeBrowser.reset();
  await outboxStorage.setValue({});
}
