/**
 * How the side panel and the YouTube content script of the tab it follows talk, directly (the
 * background is not in between): the panel opens a port to the tab (`browser.tabs.connect`, no
 * permission needed) and the content script pushes the video's status over it whenever it
 * changes; a seek is a message to the tab (`browser.tabs.sendMessage`) that answers. A content
 * script that starts in a tab says so once (`TAB_VIDEO_READY`), so a panel already following
 * that tab connects.
 */

/** The name of the port the side panel opens to a tab. */
export const TAB_VIDEO_PORT = 'readalong-tab-video';

/** Sent by a content script as it starts (`browser.runtime.sendMessage`). */
export const TAB_VIDEO_READY = { readalongTabReady: true } as const;

/** What the video in a tab is doing now. Only a curriculum video is ever described. */
export type TabVideoStatus =
  | { tracked: false }
  | {
      tracked: true;
      videoId: string;
      resourceKey: string;
      /** Seconds into the video. */
      currentTime: number;
      /** Seconds, or null when unknown (live stream, no metadata yet). */
      duration: number | null;
      playing: boolean;
      /** A saved position the learner may go back to ("Resume at 23:10"), or null. */
      resumeOffer: number | null;
    };

/** Seeks, unless another video than `videoId` plays in the tab by now. */
export interface TabSeekRequest {
  readalongSeek: { videoId: string; seconds: number };
}

export type TabSeekReply = { ok: true } | { ok: false; error: string };

export function isTabSeekRequest(message: unknown): message is TabSeekRequest {
  const seek = (message as Partial<TabSeekRequest> | null)?.readalongSeek;
  return (
    typeof seek === 'object' &&
    seek !== null &&
    typeof seek.videoId === 'string' &&
    typeof seek.seconds === 'number' &&
    Number.isFinite(seek.seconds) &&
    seek.seconds >= 0
  );
}

export function isTabVideoReady(message: unknown): boolean {
  return (message as { readalongTabReady?: unknown } | null)?.readalongTabReady === true;
}
