import { fakeBrowser } from 'wxt/testing/fake-browser';
import { outboxStorage } from '../../../extension/lib/storage';

/**
 * A fresh fake browser. The outbox is stored empty rather than left to its fallback: the
 * progress writer edits the object it reads in place, and for a missing key that object is
 * the item's shared fallback, which would carry one test's changes into the next.
 */
export async function resetBrowser(): Promise<void> {
  fakeBrowser.reset();
  await outboxStorage.setValue({});
}
