/**
 * Messages the background sends to the YouTube content script of one tab
 * (`browser.tabs.sendMessage`), to show and drive the video in the side panel.
 */

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

export type TabVideoRequest =
  | { readalongTab: 'status' }
  /** Seeks, unless another video than `videoId` plays in the tab by now. */
  | { readalongTab: 'seek'; videoId: string; seconds: number };

export type TabVideoReply = { ok: true; status: TabVideoStatus } | { ok: false; error: string };

export function isTabVideoRequest(message: unknown): message is TabVideoRequest {
  const m = message as Partial<{ readalongTab: unknown; videoId: unknown; seconds: unknown }>;
  if (!m || typeof m !== 'object') return false;
  if (m.readalongTab === 'status') return true;
  return (
    m.readalongTab === 'seek' &&
    typeof m.videoId === 'string' &&
    typeof m.seconds === 'number' &&
    Number.isFinite(m.seconds) &&
    m.seconds >= 0
  );
}
