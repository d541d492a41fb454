/**
 * Records which curriculum items the learner opens. Every top-frame navigation in every tab,
 * including in-page ones (a single-page app's `pushState`, a `#fragment`), is matched against
 * the resource index; a match records an open of that resource.
 *
 * Privacy: a URL that matches no item is dropped right here. It is never stored, logged,
 * queued or sent; nothing about it outlives the lookup.
 */
import { browser } from 'wxt/browser';
import { recordOpened } from '../lib/progress-actions';
import type { InstalledIndex } from './installed-index';

interface NavigationDetails {
  tabId: number;
  frameId: number;
  url: string;
}

export function registerNavigationTracking(installedIndex: InstalledIndex): void {
  /**
   * The resource keys each tab last opened, so moving within one resource (a fragment, a
   * second `pushState` to the same page) is not counted again. Holds curriculum keys only.
   */
  const lastKeys = new Map<number, string>();

  const track = async (details: NavigationDetails, newDocument: boolean): Promise<void> => {
    if (details.frameId !== 0) return;
    const refs = (await installedIndex()).lookup(details.url);
    if (refs.length === 0) {
      lastKeys.delete(details.tabId);
      return;
    }
    const keys = [...new Set(refs.map((ref) => ref.item.resourceKey))];
    const signature = keys.join('\n');
    if (!newDocument && lastKeys.get(details.tabId) === signature) return;
    lastKeys.set(details.tabId, signature);
    for (const key of keys) {
      try {
        await recordOpened(key);
      } catch (error) {
        // The resource key only: it names a curriculum item, never a visited address.
        console.error(`Readalong: could not record opening ${key}:`, error);
      }
    }
  };

  // Added synchronously, so an event that wakes the service worker finds its listener.
  browser.webNavigation.onCommitted.addListener((details) => track(details, true));
  browser.webNavigation.onHistoryStateUpdated.addListener((details) => track(details, false));
  browser.webNavigation.onReferenceFragmentUpdated.addListener((details) => track(details, false));
  browser.tabs.onRemoved.addListener((tabId) => {
    lastKeys.delete(tabId);
  });
}
