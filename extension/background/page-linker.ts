/**
 * "I am reading this here": links the page a tab shows to an item without a link of its own, so
 * navigation tracking, the current-page card and "mark this page done" find the item there from
 * then on (the installed index files the item under the page's key too: installed-index.ts).
 *
 * Privacy: the tab's address is read only when a page asks (the popup or side panel offering to
 * link), with `webNavigation.getFrame`, a permission Readalong already has; it is handed to that
 * page to show and then forgotten. It is stored, and synced, only once the learner picks an item
 * to link it to.
 */
import { browser } from 'wxt/browser';
import { resourceKey as keyOf } from '../../shared/resource-key';
import { isLinkable, linkableUrl, pageLinkDraft } from '../lib/page-links';
import { recordOpened } from '../lib/progress-actions';
import { writeRegisters } from '../lib/progress-writer';
import type { InstalledIndex } from './installed-index';
import type { TabPages } from './tab-pages';

export interface PageLinker {
  /** The address tab `tabId` shows, when it is a web page that is no curriculum item; else null. */
  pageToLink(request: { tabId: number }): Promise<{ url: string } | null>;
  /** Links the page tab `tabId` shows (`url`, as it was offered) to item `resourceKey`. */
  link(request: { tabId: number; url: string; resourceKey: string }): Promise<void>;
  /** Unlinks item `resourceKey`; tab `tabId`, if given, then no longer shows it. */
  unlink(request: { resourceKey: string; tabId?: number | undefined }): Promise<void>;
}

export function pageLinker(
  installedIndex: InstalledIndex,
  tabPages: TabPages,
  onTabPage: (tabId: number) => void,
): PageLinker {
  const shownBy = async (tabId: number) => {
    const frame = await browser.webNavigation.getFrame({ tabId, frameId: 0 }).catch(() => null);
    return frame ? linkableUrl(frame.url) : null;
  };
  return {
    async pageToLink({ tabId }) {
      const url = await shownBy(tabId);
      if (url === null || (await installedIndex()).lookup(url).length > 0) return null;
      return { url };
    },
    async link({ tabId, url, resourceKey }) {
      const index = await installedIndex();
      if (!index.byKey(resourceKey).some((ref) => isLinkable(ref.item)))
        throw new Error('That item has a link of its own, or is no longer installed.');
      const shown = await shownBy(tabId);
      if (shown === null || keyOf(shown) !== keyOf(url))
        throw new Error('The tab no longer shows that page.');
      const already = index.lookup(shown).map((ref) => ref.item);
      if (already.some((item) => !isLinkable(item)))
        throw new Error('This page is already an item of a curriculum.');
      await writeRegisters(() => ({ drafts: [pageLinkDraft(resourceKey, shown)] }));
      // The tab shows the item now, as if it had just opened it.
      await tabPages.set(tabId, [...new Set([...already.map((i) => i.resourceKey), resourceKey])]);
      onTabPage(tabId);
      await recordOpened(resourceKey);
    },
    async unlink({ resourceKey, tabId }) {
      await writeRegisters(() => ({ drafts: [pageLinkDraft(resourceKey, null)] }));
      if (tabId === undefined) return;
      const keys = await tabPages.get(tabId);
      if (!keys?.includes(resourceKey)) return;
      const left = keys.filter((key) => key !== resourceKey);
      if (left.length > 0) await tabPages.set(tabId, left);
      else await tabPages.delete(tabId);
      onTabPage(tabId);
    },
  };
}
