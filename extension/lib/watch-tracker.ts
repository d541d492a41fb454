import {
  furthestWatched,
  type Interval,
  unionIntervals,
  watchedFraction,
} from '../../shared/watched-intervals';

/** What the `<video>` element says at one moment. */
export interface PlaybackSample {
  /** `currentTime`, in seconds of media time. */
  time: number;
  /** Wall clock, ms. */
  at: number;
  /** Playing: not paused, not ended. */
  playing: boolean;
  /** An ad is showing in the player (`.ad-showing`): its time is not the video's. */
  ad: boolean;
  /** `playbackRate`. */
  rate: number;
  /** `duration` as the element reports it: NaN before metadata, Infinity for a live stream. */
  duration: number;
}

/** What has been watched of one video in this page, so far. */
export interface WatchSnapshot {
  /** Merged spans of media time actually played. */
  intervals: Interval[];
  /** Seconds, or null when not known (no metadata yet, or a live stream). */
  duration: number | null;
  /** Where the video stands now (the resume point), or null before the first sample. */
  position: number | null;
  furthest: number;
  /** Share of the duration covered by `intervals`, 0..1 (0 when the duration is unknown). */
  fraction: number;
}

/** Slack allowed on top of the media time the wall clock explains (timer jitter, rounding). */
const SLACK_SECONDS = 0.75;
const SLACK_FACTOR = 1.25;

/**
 * Turns samples of a `<video>` into the spans of media time actually watched. A span grows
 * only while the media plays on continuously: a jump the elapsed wall time (times the playback
 * rate) cannot explain is a seek, and the skipped part is not watched. Spans are kept as a union,
 * so watching a part again adds nothing; time while an ad shows is ignored.
 */
export class WatchTracker {
  private done: Interval[] = [];
  private open: { start: number; last: number; lastAt: number } | null = null;
  private duration: number | null = null;
  private position: number | null = null;
  private version = 0;

  sample(s: PlaybackSample): void {
    if (!Number.isFinite(s.time) || s.time < 0) return;
    if (s.ad) {
      this.close();
      return;
    }
    if (Number.isFinite(s.duration) && s.duration > 0 && s.duration !== this.duration) {
      this.duration = s.duration;
      this.version++;
    }
    if (s.time !== this.position) {
      this.position = s.time;
      this.version++;
    }
    const open = this.open;
    if (open && this.continues(open, s)) {
      if (s.time > open.last) this.version++;
      open.last = s.time;
      open.lastAt = s.at;
    } else {
      this.close();
      if (s.playing) this.open = { start: s.time, last: s.time, lastAt: s.at };
    }
    if (!s.playing) this.close();
  }

  /** A seek started (`seeking`): what comes next does not continue the current span. */
  breakContinuity(): void {
    this.close();
  }

  /** Grows with every change worth reporting; compare two readings to know if anything moved. */
  get changes(): number {
    return this.version;
  }

  snapshot(): WatchSnapshot {
    const intervals = this.intervals();
    return {
      intervals,
      duration: this.duration,
      position: this.position,
      furthest: furthestWatched(intervals),
      fraction: watchedFraction(intervals, this.duration),
    };
  }

  private intervals(): Interval[] {
    const open = this.open;
    return open && open.last > open.start
      ? unionIntervals(this.done, [[open.start, open.last]])
      : unionIntervals(this.done);
  }

  private continues(open: { last: number; lastAt: number }, s: PlaybackSample): boolean {
    const advanced = s.time - open.last;
    const wall = Math.max(0, s.at - open.lastAt) / 1000;
    const rate = Number.isFinite(s.rate) && s.rate > 0 ? s.rate : 1;
    return advanced >= 0 && advanced <= wall * rate * SLACK_FACTOR + SLACK_SECONDS;
  }

  private close(): void {
    const open = this.open;
    if (open && open.last > open.start)
      this.done = unionIntervals(this.done, [[open.start, open.last]]);
    this.open = null;
  }
}
