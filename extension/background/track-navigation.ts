/**
 * Records which curriculum items the learner opens. Every top-frame navigation in every tab,
 * including in-page ones (a single-page app's `pushState`, a `#fragment`), is matched against
 * the resource index; a match records an open of that resource.
 *
 * It also keeps which item each tab shows (`tab-pages.ts`), for "the page I am on".
 *
 * Privacy: a URL that matches no item is dropped right here. It is never stored, logged,
 * queued or sent; nothing about it outlives the lookup.
 */
import { browser } from 'wxt/browser';
import { recordOpened } from '../lib/progress-actions';
import type { InstalledIndex } from './installed-index';
import type { TabPages } from './tab-pages';

interface NavigationDetails {
  tabId: number;
  frameId: number;
  url: string;
}

/**
 * `tabPages` holds the resource keys each tab last opened, so moving within one resource (a
 * fragment, a second `pushState` to the same page) is not counted again; curriculum keys only.
 * `onTabPage` hears of every change of a tab's item (the context menu follows it).
 */
export function registerNavigationTracking(
  installedIndex: InstalledIndex,
  tabPages: TabPages,
  onTabPage: (tabId: number) => void = () => undefined,
): void {
  const track = async (details: NavigationDetails, newDocument: boolean): Promise<void> => {
    if (details.frameId !== 0) return;
    const refs = (await installedIndex()).lookup(details.url);
    if (refs.length === 0) {
      // Only a tab that showed an item until now changes what the menu shows: every other
      // page the learner browses costs nothing more here.
      if (await tabPages.delete(details.tabId)) onTabPage(details.tabId);
      return;
    }
    const keys = [...new Set(refs.map((ref) => ref.item.resourceKey))];
    if (await tabPages.set(details.tabId, keys)) onTabPage(details.tabId);
    // Moving within the same item (a fragment, a second `pushState`) is no new open; a reload is.
    else if (!newDocument) return;
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
    void tabPages.delete(tabId);
  });
}
