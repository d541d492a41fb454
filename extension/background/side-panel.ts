/**
 * The side panel (Chrome) / sidebar (Firefox): its page is WXT's `sidepanel` entrypoint, from
 * which WXT writes `side_panel.default_path` (and the `sidePanel` permission) for Chrome and
 * `sidebar_action` for Firefox. Here: the toolbar behaviour, and the calls the panel makes to
 * learn about, and drive, the video in the tab it follows.
 */
import { browser } from 'wxt/browser';
import { resourceKey as keyOf } from '../../shared/resource-key';
import { handleCall } from '../lib/background-calls';
import type { InstalledIndex } from '../lib/installed-index';
import type { TabVideoReply, TabVideoRequest, TabVideoStatus } from '../lib/tab-video';

/** The video in one tab, as the side panel shows it. */
export interface ActiveVideo {
  tabId: number;
  /** The curriculum video the tab shows (per its content script, else its address), or null. */
  resourceKey: string | null;
  /** What the content script says; null when none answers (page still loading, or not YouTube). */
  status: TabVideoStatus | null;
}

declare module '../lib/background-calls' {
  interface BackgroundCalls {
    'active-video': (req: { tabId: number }) => Promise<ActiveVideo>;
    'seek-video': (req: { tabId: number; videoId: string; seconds: number }) => Promise<void>;
  }
}

async function askTab(tabId: number, request: TabVideoRequest): Promise<TabVideoReply | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, request)) as TabVideoReply | undefined) ?? null;
  } catch {
    return null; // no content script in that tab (not YouTube, or loaded before the extension)
  }
}

/**
 * The tab's address, readable only where the host permission reaches (www.youtube.com) —
 * there is no `tabs` permission — and kept only if it names a curriculum resource.
 */
async function curriculumKeyOfTab(
  installedIndex: InstalledIndex,
  tabId: number,
): Promise<string | null> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const key = tab?.url ? keyOf(tab.url) : null;
  if (!key?.startsWith('youtube:')) return null;
  return (await installedIndex()).byKey(key).length > 0 ? key : null;
}

const validTabId = (tabId: unknown): number => {
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0)
    throw new Error(`Bad tab id: ${String(tabId)}`);
  return tabId;
};

export function registerSidePanel(installedIndex: InstalledIndex): void {
  // The toolbar button keeps opening the popup (which has an "open side panel" button); the
  // panel is also listed in Chrome's side panel menu and the button's context menu.
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);

  handleCall('active-video', async (request) => {
    const tabId = validTabId(request?.tabId);
    const reply = await askTab(tabId, { readalongTab: 'status' });
    const status = reply?.ok ? reply.status : null;
    const resourceKey = status?.tracked
      ? status.resourceKey
      : await curriculumKeyOfTab(installedIndex, tabId);
    return { tabId, resourceKey, status };
  });

  handleCall('seek-video', async (request) => {
    const tabId = validTabId(request?.tabId);
    const { videoId, seconds } = request;
    const reply = await askTab(tabId, { readalongTab: 'seek', videoId, seconds });
    if (!reply) throw new Error('The video’s page does not answer; reload it and try again.');
    if (!reply.ok) throw new Error(reply.error);
  });
}
