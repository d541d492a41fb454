/**
 * "Mark the page I am on done", from the keyboard command and the page's context-menu entry (and
 * the `mark-page-done` call, which is what both run). The page's item comes from what navigation
 * tracking saw in that tab (`tab-pages.ts`), or from the address the context menu hands over,
 * matched against the resource index. A page that is no curriculum item is answered with an
 * empty list: nothing is recorded for it. A mark shows as a brief ✓ on the toolbar badge.
 *
 * The context-menu entry is shown only while the active tab shows a curriculum item: its
 * visibility follows tab activation and each navigation the tracker matches.
 */
import { browser } from 'wxt/browser';
import { MARK_PAGE_DONE } from '../lib/page-commands';
import { setStatus } from '../lib/progress-actions';
import type { InstalledIndex } from './installed-index';
import type { TabPages } from './tab-pages';

/** How long the badge shows its ✓ after a mark. */
export const MARK_CONFIRM_MS = 2000;

export interface PageMark {
  tabId: number;
  /** The page's address, when the caller has it (the context menu does). */
  url?: string | undefined;
}

/** Marks the tab's curriculum item(s) done; resolves to their keys (none: not a curriculum page). */
export type MarkPageDone = (page: PageMark) => Promise<string[]>;

export function pageMarker(installedIndex: InstalledIndex, tabPages: TabPages): MarkPageDone {
  return async ({ tabId, url }) => {
    const keys = url
      ? [...new Set((await installedIndex()).lookup(url).map((ref) => ref.item.resourceKey))]
      : ((await tabPages.get(tabId)) ?? []);
    if (keys.length === 0) return [];
    await setStatus(keys, 'done');
    confirmOnBadge(tabId);
    return keys;
  };
}

function confirmOnBadge(tabId: number): void {
  browser.action
    .setBadgeText({ tabId, text: '✓' })
    .then(() => new Promise((resolve) => setTimeout(resolve, MARK_CONFIRM_MS)))
    // null: back to the badge every tab shows (the overall progress).
    .then(() => browser.action.setBadgeText({ tabId, text: null as unknown as string }))
    .catch(() => undefined); // a tab closed meanwhile has no badge to restore
}

/** Wires the command and the context-menu entry; `follow(tabId)` is for navigation tracking. */
export function registerMarkPageDone(
  markPageDone: MarkPageDone,
  tabPages: TabPages,
): { follow(tabId: number): void } {
  const report = (error: unknown) =>
    console.error('Readalong: could not mark the page done:', error);
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== MARK_PAGE_DONE || tab?.id === undefined) return;
    markPageDone({ tabId: tab.id }).catch(report);
  });

  const menus = browser.contextMenus;
  const showMenuFor = async (tabId: number) => {
    const visible = (await tabPages.get(tabId)) !== undefined;
    await menus.update(MARK_PAGE_DONE, { visible });
  };
  browser.runtime.onInstalled.addListener(() => {
    menus.create(
      {
        id: MARK_PAGE_DONE,
        title: 'Mark this page done in Readalong',
        contexts: ['page'],
        visible: false,
      },
      () => void browser.runtime.lastError,
    );
  });
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MARK_PAGE_DONE || tab?.id === undefined) return;
    markPageDone({ tabId: tab.id, url: info.pageUrl }).catch(report);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => {
    showMenuFor(tabId).catch(() => undefined);
  });
  return {
    follow: (tabId) => {
      browser.tabs
        .get(tabId)
        .then((tab) => (tab.active ? showMenuFor(tabId) : undefined))
        .catch(() => undefined);
    },
  };
}
