import { parseHttpUrl } from '../../shared/http-url';
import { youTubeVideoIdOf } from '../../shared/youtube';

/** One load of media into the player, and the video it belongs to once that is known. */
export interface MediaGeneration {
  /** Grows by one with every new source the player loads. */
  generation: number;
  /** The video this media is, or null while that is not certain yet. */
  videoId: string | null;
  /** The page URL when the video became known (its `t=` says whether to offer resuming). */
  url: string | null;
}

/** How long media may play with no navigation before it is taken to be the URL's video. */
export const SETTLE_MS = 4000;

/**
 * Which video the `<video>` element is playing, on a single-page site that reuses one player
 * element for every video. The URL and the media change separately, in either order, so every
 * new source the player loads (a "generation") is bound, once, to a video id:
 *
 * - the first media of the page belongs to the page's video;
 * - media loaded after the URL moved to another video belongs to that video;
 * - media loaded while the URL has not moved yet waits: the URL moving next names it, and so
 *   does the end of an in-page navigation (`yt-navigate-finish`); with neither, after
 *   `SETTLE_MS` it is the URL's video (the same video reloaded, or the next part after an ad).
 *
 * A binding never changes afterwards, so the tail of the old video playing while the URL
 * already names the next one still counts for the old one.
 */
export class VideoIdentity {
  private urlId: string | null = null;
  private url: string | null = null;
  private urlMovedSinceBinding = false;
  private current: MediaGeneration = { generation: 0, videoId: null, url: null };
  private startedAt = 0;
  private hadMedia = false;

  constructor(private readonly settleMs = SETTLE_MS) {}

  /** The URL the page shows now (call on every check: it is cheap when nothing changed). */
  observeUrl(url: string, now: number): void {
    // Read with the platform's parser, not the importer's fast path for plain URLs
    // (`readHttpUrl`), which would only add weight to the content script.
    const page = parseHttpUrl(url);
    const id = page && youTubeVideoIdOf(page);
    const moved = id !== this.urlId;
    this.url = url;
    this.urlId = id;
    if (!moved) return;
    if (this.current.videoId === null) {
      if (this.hadMedia && id !== null) this.bind();
    } else {
      this.urlMovedSinceBinding = true;
    }
    this.tick(now);
  }

  /** The player loaded a new source (`loadstart`, `emptied`, another `src`, another element). */
  mediaChanged(now: number): void {
    const first = !this.hadMedia;
    this.hadMedia = true;
    this.current = { generation: this.current.generation + 1, videoId: null, url: null };
    this.startedAt = now;
    if ((first || this.urlMovedSinceBinding) && this.urlId !== null) this.bind();
  }

  /** The site finished an in-page navigation: the URL and the player now agree. */
  navigateFinished(): void {
    if (this.hadMedia && this.current.videoId === null && this.urlId !== null) this.bind();
  }

  /** Lets waiting media settle on the URL's video after `settleMs`. */
  tick(now: number): void {
    if (
      this.hadMedia &&
      this.current.videoId === null &&
      this.urlId !== null &&
      now - this.startedAt >= this.settleMs
    )
      this.bind();
  }

  get media(): MediaGeneration {
    return this.current;
  }

  private bind(): void {
    this.current = { ...this.current, videoId: this.urlId, url: this.url };
    this.urlMovedSinceBinding = false;
  }
}
