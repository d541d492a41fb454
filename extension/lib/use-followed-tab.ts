import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * The tab a page follows (the side panel, and the popup for "the page I am on"): the active tab
 * of the page's window. No `tabs` permission is
 * needed: tab ids and activation events come without it, and the host permission is what
 * reveals a YouTube tab's address.
 *
 * When the page is itself opened in a tab (`sidepanel.html` or `popup.html` in a tab, as the
 * end-to-end tests do), it never follows itself: it follows the tab used most recently before it, then
 * whichever other tab of its window is activated.
 */
export function useFollowedTab(): number | null {
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    let self: number | undefined;
    let windowId: number | undefined;
    let followed: number | null = null;
    const follow = (id: number | null) => {
      followed = id;
      if (live) setTabId(id);
    };
    const pick = async () => {
      const tabs = await browser.tabs.query(windowId === undefined ? {} : { windowId });
      const others = tabs.filter((t) => t.id !== undefined && t.id !== self);
      const active = others.find((t) => t.active);
      const recent = others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
      follow((active ?? recent)?.id ?? null);
    };
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === windowId && info.tabId !== self) follow(info.tabId);
    };
    const onRemoved = (id: number) => {
      if (id === followed) pick().catch(() => follow(null));
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onRemoved.addListener(onRemoved);
    (async () => {
      const current = await browser.tabs.getCurrent();
      self = current?.id;
      windowId = current?.windowId ?? (await browser.windows.getCurrent()).id;
      await pick();
    })().catch(() => follow(null));
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onRemoved.removeListener(onRemoved);
    };
  }, []);
  return tabId;
}
