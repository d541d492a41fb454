/**
 * Follows YouTube's player in one tab: which video it plays (across in-page navigations), what
 * of it is actually watched, and reports that for curriculum videos only, at a bounded rate.
 */

import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { parseHttpUrl } from '../../../shared/http-url';
import { youTubeVideoOf } from '../../../shared/youtube';
import type { VideoLookup, VideoReport } from '../../lib/background-calls';
import { createReportSchedule } from '../../lib/report-schedule';
import {
  isTabSeekRequest,
  TAB_VIDEO_PORT,
  TAB_VIDEO_READY,
  type TabSeekReply,
  type TabSeekRequest,
  type TabVideoStatus,
} from '../../lib/tab-video';
import { VideoIdentity } from '../../lib/video-identity';
import { WatchTracker } from '../../lib/watch-tracker';

/** How the follower reaches the background (injected, so it can be driven without one). */
export interface FollowerCalls {
  lookup(url: string): Promise<VideoLookup | null>;
  report(report: VideoReport): Promise<void>;
}

/** One load of media into the player, and what is known of it. */
interface Track {
  generation: number;
  videoId: string | null;
  url: string | null;
  /** Dropped (null) as soon as the video turns out not to be a curriculum item. */
  tracker: WatchTracker | null;
  lookup: 'unknown' | 'asking' | 'not-curriculum' | VideoLookup;
  /** `tracker.changes` when last reported. */
  reported: number;
  resumeOffer: number | null;
  /** Sought in this page: where the video stands is then a choice worth keeping. */
  sought: boolean;
}

const CHECK_MS = 1000;
const REPORT_MS = 5000;
const PLAYER_VIDEO = '#movie_player video.html5-main-video, #movie_player video';
const HAVE_METADATA = 1;
/** While only the time moves, a side panel hears of it at most this often. */
const TIME_PUSH_MS = 1000;

const newTrack = (generation: number): Track => ({
  generation,
  videoId: null,
  url: null,
  tracker: new WatchTracker(),
  lookup: 'unknown',
  reported: 0,
  resumeOffer: null,
  sought: false,
});

const isCurriculum = (lookup: Track['lookup']): lookup is VideoLookup => typeof lookup === 'object';

export class VideoFollower {
  private readonly identity = new VideoIdentity();
  private element: HTMLVideoElement | null = null;
  private elementListeners: AbortController | null = null;
  private track: Track = newTrack(0);
  private version = 0;
  /** `emptied` started a new generation; the `loadstart` that follows belongs to it. */
  private emptiedBeforeLoad = false;
  private seekingOnPurpose = false;
  /** Side panels following this tab, and what each was last told (and when). */
  private readonly panels = new Map<Browser.runtime.Port, { status: TabVideoStatus; at: number }>();
  private readonly schedule = createReportSchedule({
    everyMs: REPORT_MS,
    changes: () => this.version,
    report: () => this.report(this.track),
  });

  constructor(private readonly calls: FollowerCalls) {}

  start(signal: AbortSignal): void {
    const options = { signal };
    this.identity.observeUrl(location.href, Date.now());
    this.check();
    document.addEventListener('yt-navigate-finish', () => this.check(true), options);
    window.addEventListener('popstate', () => this.check(), options);
    document.addEventListener(
      'visibilitychange',
      () => this.schedule.setVisible(document.visibilityState === 'visible'),
      options,
    );
    this.schedule.setVisible(document.visibilityState === 'visible');
    window.addEventListener('pagehide', () => this.schedule.flush(), options);
    const timer = setInterval(() => this.check(), CHECK_MS);
    const onMessage = (message: unknown, _sender: unknown, reply: (r: TabSeekReply) => void) => {
      if (!isTabSeekRequest(message)) return false;
      reply(this.seekFor(message));
      return false;
    };
    const onConnect = (port: Browser.runtime.Port) => {
      if (port.name !== TAB_VIDEO_PORT) return;
      port.onDisconnect.addListener(() => this.panels.delete(port));
      this.tell(port, this.status());
    };
    browser.runtime.onMessage.addListener(onMessage);
    browser.runtime.onConnect.addListener(onConnect);
    // A side panel already following this tab connects now.
    browser.runtime.sendMessage(TAB_VIDEO_READY).catch(() => undefined);
    signal.addEventListener('abort', () => {
      clearInterval(timer);
      browser.runtime.onMessage.removeListener(onMessage);
      browser.runtime.onConnect.removeListener(onConnect);
      for (const port of this.panels.keys()) port.disconnect();
      this.panels.clear();
      this.elementListeners?.abort();
      this.schedule.stop();
    });
  }

  /** The fallback check (and the handler of `yt-navigate-finish`): URL, element, bindings. */
  private check(navigated = false): void {
    const now = Date.now();
    const before = this.identity.media.videoId;
    this.identity.observeUrl(location.href, now);
    const element = document.querySelector<HTMLVideoElement>(PLAYER_VIDEO);
    if (element !== this.element) this.attach(element, now);
    if (navigated) this.identity.navigateFinished();
    this.identity.tick(now);
    this.syncTrack();
    if (navigated || this.identity.media.videoId !== before) this.schedule.flush();
    this.publish();
  }

  private attach(element: HTMLVideoElement | null, now: number): void {
    this.elementListeners?.abort();
    this.element = element;
    this.schedule.setPlaying(false);
    if (!element) return;
    const listeners = new AbortController();
    this.elementListeners = listeners;
    const on = (type: string, handler: () => void) =>
      element.addEventListener(type, handler, { signal: listeners.signal });
    on('emptied', () => {
      this.emptiedBeforeLoad = true;
      this.newMedia();
    });
    on('loadstart', () => {
      if (this.emptiedBeforeLoad) this.emptiedBeforeLoad = false;
      else this.newMedia();
    });
    on('seeking', () => {
      this.track.tracker?.breakContinuity();
      this.track.sought = true;
      if (!this.seekingOnPurpose) this.track.resumeOffer = null;
      this.seekingOnPurpose = false;
    });
    for (const type of [
      'timeupdate',
      'play',
      'playing',
      'pause',
      'ended',
      'seeked',
      'ratechange',
      'durationchange',
      'loadedmetadata',
    ])
      on(type, () => this.sample());
    // A new element, or one that had media before this script ran, is new media.
    if (element.currentSrc || element.readyState > 0) this.identity.mediaChanged(now);
    this.syncTrack();
  }

  private newMedia(): void {
    const now = Date.now();
    this.identity.observeUrl(location.href, now);
    this.identity.mediaChanged(now);
    this.syncTrack();
  }

  /** Starts a track for new media, and looks the video up once its identity is known. */
  private syncTrack(): void {
    const media = this.identity.media;
    if (media.generation !== this.track.generation) {
      const finished = this.track;
      this.track = newTrack(media.generation);
      this.report(finished);
      this.version++;
    }
    const track = this.track;
    if (track.videoId === null && media.videoId !== null) {
      track.videoId = media.videoId;
      track.url = media.url;
      this.lookUp(track);
    }
  }

  private lookUp(track: Track): void {
    track.lookup = 'asking';
    this.calls
      .lookup(track.url ?? '')
      .catch(() => null)
      .then((found) => {
        if (!found) {
          // Not a curriculum video: what was seen of it is dropped, never sent.
          track.lookup = 'not-curriculum';
          track.tracker = null;
          return;
        }
        track.lookup = found;
        this.version++;
        if (track !== this.track) {
          this.report(track);
          return;
        }
        // Read with the platform's parser, as `VideoIdentity` reads it.
        const page = parseHttpUrl(track.url ?? '');
        const startInUrl = (page && youTubeVideoOf(page))?.startSeconds ?? null;
        if (found.resumeAt !== null && startInUrl === null) {
          if (found.autoResume) this.seekTo(found.resumeAt);
          else track.resumeOffer = found.resumeAt;
        }
        // What was watched while the answer was on its way goes out now.
        this.schedule.flush();
        this.publish();
      });
  }

  private sample(): void {
    const video = this.element;
    const track = this.track;
    if (!video || !track.tracker || video.readyState < HAVE_METADATA) return;
    const before = track.tracker.changes;
    const { playing, ad } = this.sampleInto(track.tracker, video);
    if (track.tracker.changes !== before) this.version++;
    if (track.resumeOffer !== null && !ad && video.currentTime >= track.resumeOffer)
      track.resumeOffer = null;
    this.schedule.setPlaying(playing && !ad);
    this.publish();
  }

  private sampleInto(tracker: WatchTracker, video: HTMLVideoElement) {
    const playing = !video.paused && !video.ended;
    const ad = isAdShowing(video);
    tracker.sample({
      time: video.currentTime,
      at: Date.now(),
      playing,
      ad,
      rate: video.playbackRate,
      duration: video.duration,
    });
    return { playing, ad };
  }

  private report(track: Track): void {
    if (!isCurriculum(track.lookup) || !track.tracker) return;
    // Up to this moment, not the last `timeupdate` (which is up to a second of media behind).
    const video = this.element;
    if (track === this.track && video && video.readyState >= HAVE_METADATA)
      this.sampleInto(track.tracker, video);
    const changes = track.tracker.changes;
    if (changes === track.reported) return;
    const snapshot = track.tracker.snapshot();
    // Merely opening a video (paused at 0, or playing an ad) must not move its resume point.
    if (snapshot.intervals.length === 0 && !track.sought) return;
    track.reported = changes;
    this.calls
      .report({
        videoId: track.lookup.videoId,
        duration: snapshot.duration,
        intervals: snapshot.intervals,
        position: snapshot.position,
      })
      .catch(() => {
        track.reported = -1; // sent again with the next report
      });
  }

  private seekTo(seconds: number): void {
    const video = this.element;
    if (!video) return;
    this.track.resumeOffer = null;
    const go = () => {
      this.seekingOnPurpose = true;
      video.currentTime = seconds;
    };
    if (video.readyState >= HAVE_METADATA) go();
    else video.addEventListener('loadedmetadata', go, { once: true });
  }

  private status(): TabVideoStatus {
    const video = this.element;
    const { lookup, tracker, resumeOffer } = this.track;
    if (!video || !isCurriculum(lookup)) return { tracked: false };
    const ad = isAdShowing(video);
    const duration = tracker?.snapshot().duration ?? null;
    return {
      tracked: true,
      videoId: lookup.videoId,
      resourceKey: lookup.resourceKey,
      currentTime: ad ? (tracker?.snapshot().position ?? 0) : video.currentTime,
      duration,
      playing: !video.paused && !video.ended && !ad,
      resumeOffer,
    };
  }

  private seekFor({ readalongSeek: { videoId, seconds } }: TabSeekRequest): TabSeekReply {
    const status = this.status();
    if (!status.tracked || status.videoId !== videoId)
      return { ok: false, error: 'That video is no longer playing in its tab.' };
    this.seekTo(seconds);
    this.publish();
    return { ok: true };
  }

  /** Tells every following side panel what changed: at once, or once a second for the time. */
  private publish(): void {
    if (this.panels.size === 0) return;
    const status = this.status();
    const now = Date.now();
    for (const [port, last] of this.panels) {
      const same = JSON.stringify(last.status) === JSON.stringify(status);
      const soon = now - last.at < TIME_PUSH_MS;
      if (same || (soon && onlyTimeMoved(last.status, status, now - last.at))) continue;
      this.tell(port, status);
    }
  }

  private tell(port: Browser.runtime.Port, status: TabVideoStatus): void {
    this.panels.set(port, { status, at: Date.now() });
    try {
      port.postMessage(status);
    } catch {
      this.panels.delete(port); // the panel closed meanwhile
    }
  }
}

/**
 * Whether `next` differs from `last` only by the time moving on as it plays (not a seek), which
 * the panel hears about once a second rather than with every `timeupdate`.
 */
function onlyTimeMoved(last: TabVideoStatus, next: TabVideoStatus, elapsedMs: number): boolean {
  if (!last.tracked || !next.tracked) return last.tracked === next.tracked;
  const { currentTime: before, ...lastRest } = last;
  const { currentTime: after, ...nextRest } = next;
  const drift = Math.abs(after - before - (next.playing ? elapsedMs / 1000 : 0));
  return drift < 1.5 && JSON.stringify(lastRest) === JSON.stringify(nextRest);
}

/** YouTube marks its player while an ad plays in the same `<video>` element. */
function isAdShowing(video: HTMLVideoElement): boolean {
  return video.closest('#movie_player')?.classList.contains('ad-showing') ?? false;
}
