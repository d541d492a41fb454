import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { resourceKey as keyOf } from '../../../shared/resource-key';
import {
  isTabVideoReady,
  TAB_VIDEO_PORT,
  type TabSeekReply,
  type TabSeekRequest,
  type TabVideoStatus,
} from '../../lib/tab-video';

/** The video in the followed tab, as the side panel shows it. */
export interface ActiveVideo {
  /** The video the tab shows (per its content script, else its address), if it is YouTube's. */
  resourceKey: string | null;
  /** What the content script says; null when none answers (page still loading, or not YouTube). */
  status: TabVideoStatus | null;
}

/**
 * The tab's address, readable only where the host permission reaches (www.youtube.com) —
 * there is no `tabs` permission — and kept only if it names a YouTube video.
 */
async function youtubeKeyOfTab(tabId: number): Promise<string | null> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const key = tab?.url ? keyOf(tab.url) : null;
  return key?.startsWith('youtube:') ? key : null;
}

/**
 * What the followed tab's video is doing, pushed by its content script over a port while the
 * panel follows it (lib/tab-video.ts); the tab's address stands in until the script answers.
 */
export function useActiveVideo(tabId: number | null): ActiveVideo | null {
  const [video, setVideo] = useState<(ActiveVideo & { tabId: number }) | null>(null);

  useEffect(() => {
    if (tabId === null) {
      setVideo(null);
      return;
    }
    let live = true;
    let port: ReturnType<typeof browser.tabs.connect> | null = null;
    let status: TabVideoStatus | null = null;
    let addressKey: string | null = null;
    const show = () => {
      if (!live) return;
      const resourceKey = status?.tracked ? status.resourceKey : addressKey;
      setVideo({ tabId, resourceKey, status });
    };
    const readAddress = () => {
      youtubeKeyOfTab(tabId).then((key) => {
        addressKey = key;
        show();
      });
    };
    const connect = () => {
      port?.disconnect();
      const mine = browser.tabs.connect(tabId, { name: TAB_VIDEO_PORT });
      port = mine;
      mine.onMessage.addListener((message: unknown) => {
        if (port !== mine) return;
        status = message as TabVideoStatus;
        show();
      });
      // No content script there (not YouTube, or loaded before the extension), or it went away.
      mine.onDisconnect.addListener(() => {
        if (port !== mine) return;
        port = null;
        status = null;
        show();
      });
    };
    const onUpdated = (id: number, change: { url?: string; status?: string }) => {
      if (id !== tabId) return;
      readAddress(); // `change.url` is only given for YouTube: another address reads as none
      if (change.status === 'complete' && port === null) connect();
    };
    const onReady = (message: unknown, sender: { tab?: { id?: number } }) => {
      if (isTabVideoReady(message) && sender.tab?.id === tabId) connect();
      return false;
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onReady);
    readAddress();
    connect();
    return () => {
      live = false;
      port?.disconnect();
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.runtime.onMessage.removeListener(onReady);
    };
  }, [tabId]);

  return video?.tabId === tabId ? video : null;
}

/** Seeks the video in `tabId`, unless another video plays there by now. */
export async function seekVideo(tabId: number, videoId: string, seconds: number): Promise<void> {
  const request: TabSeekRequest = { readalongSeek: { videoId, seconds } };
  const reply = (await browser.tabs.sendMessage(tabId, request).catch(() => undefined)) as
    | TabSeekReply
    | undefined;
  if (!reply) throw new Error('The video’s page does not answer; reload it and try again.');
  if (!reply.ok) throw new Error(reply.error);
}
