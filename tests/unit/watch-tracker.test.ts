import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReportSchedule } from '../../extension/lib/report-schedule';
import { type PlaybackSample, WatchTracker } from '../../extension/lib/watch-tracker';

/** A `<video>` stand-in: plays media time at `rate` × wall time, sampled every 250 ms. */
class FakePlayer {
  time = 0;
  at = 1_000_000;
  rate = 1;
  ad = false;
  duration = 600;
  constructor(readonly tracker: WatchTracker) {}

  sample(playing: boolean): PlaybackSample {
    const s = {
      time: this.time,
      at: this.at,
      playing,
      ad: this.ad,
      rate: this.rate,
      duration: this.duration,
    };
    this.tracker.sample(s);
    return s;
  }

  /** Plays for `seconds` of wall time, then pauses. */
  play(seconds: number, { pause = true } = {}): void {
    this.sample(true);
    for (let i = 0; i < seconds * 4; i++) {
      this.at += 250;
      this.time += 0.25 * this.rate;
      this.sample(true);
    }
    if (pause) this.sample(false);
  }

  seek(to: number): void {
    this.tracker.breakContinuity();
    this.time = to;
    this.at += 100;
    this.sample(false);
  }
}

const watched = (t: WatchTracker) => t.snapshot().intervals;

describe('WatchTracker: the spans actually watched', () => {
  it('records continuous playback as one span, with the furthest point and the position', () => {
    const tracker = new WatchTracker();
    const player = new FakePlayer(tracker);
    player.play(10);
    expect(watched(tracker)).toEqual([[0, 10]]);
    expect(tracker.snapshot()).toMatchObject({ furthest: 10, position: 10, duration: 600 });
    expect(tracker.snapshot().fraction).toBeCloseTo(10 / 600);
  });

  it('does not count a seek ahead as watched', () => {
    const tracker = new WatchTracker();
    const player = new FakePlayer(tracker);
    player.play(10);
    player.seek(300);
    player.play(5);
    expect(watched(tracker)).toEqual([
      [0, 10],
      [300, 305],
    ]);
    expect(tracker.snapshot().fraction).toBeCloseTo(15 / 600);
  });

  it('notices a jump ahead even when no seeking event came', () => {
    const tracker = new WatchTracker();
    const player = new FakePlayer(tracker);
    player.play(4, { pause: false });
    player.time = 100; // YouTube's "skip 10 s" keys, a chapter click…
    player.at += 250;
    player.sample(true);
    player.play(2);
    expect(watched(tracker)).toEqual([
      [0, 4],
      [100, 102],
    ]);
  });

  it('does not count a part watched twice twice', () => {
    const tracker = new WatchTracker();
    const player = new FakePlayer(tracker);
    player.play(20);
    player.seek(5);
    player.play(10);
    expect(watched(tracker)).toEqual([[0, 20]]);
    expect(tracker.snapshot().fraction).toBeCloseTo(20 / 600);
    expect(tracker.snapshot().position).toBe(15);
  });

  it('joins spans that come to overlap', () => {
    const tracker = new WatchTracker();
    const player = new FakePlayer(tracker);
    player.seek(30);
    player.play(10);
    player.seek(0);
    player.play(35);
    expect(watched(tracker)).toEqual([[0, 40]]);
  });

  it('counts media time at double speed (intervals are in media time)', () => {
    const tracker = new WatchTracker();
    const player = new FakePlayer(tracker);
    player.rate = 2;
    player.play(10);
    expect(watched(tracker)).toEqual([[0, 20]]);
  });

  it('counts media time at half speed', () => {
    const tracker = new WatchTracker();
    const player = new FakePlayer(tracker);
    player.rate = 0.5;
    player.play(10);
    expect(watched(tracker)).toEqual([[0, 5]]);
  });

  it('ignores time while an ad plays, and the ad’s own duration', () => {
    const tracker = new WatchTracker();
    const player = new FakePlayer(tracker);
    player.play(5, { pause: false });
    // The ad plays in the same element from its own 0 with its own duration.
    const resumeAt = player.time;
    player.ad = true;
    player.time = 0;
    player.duration = 15;
    player.play(15, { pause: false });
    player.ad = false;
    player.duration = 600;
    player.time = resumeAt;
    player.at += 250;
    player.play(5);
    expect(watched(tracker)).toEqual([[0, 10]]);
    expect(tracker.snapshot().duration).toBe(600);
  });

  it('keeps the spans of a live stream, whose duration is unknown, without a fraction', () => {
    const tracker = new WatchTracker();
    const player = new FakePlayer(tracker);
    player.duration = Number.POSITIVE_INFINITY;
    player.time = 5000;
    player.play(10);
    expect(tracker.snapshot()).toMatchObject({
      intervals: [[5000, 5010]],
      duration: null,
      fraction: 0,
      furthest: 5010,
    });
  });

  it('waits for metadata: NaN duration gives no fraction until the duration is known', () => {
    const tracker = new WatchTracker();
    const player = new FakePlayer(tracker);
    player.duration = Number.NaN;
    player.play(6, { pause: false });
    expect(tracker.snapshot()).toMatchObject({ duration: null, fraction: 0 });
    player.duration = 60;
    player.play(6);
    expect(tracker.snapshot().duration).toBe(60);
    expect(tracker.snapshot().fraction).toBeCloseTo(12 / 60);
  });

  it('records the position of a paused seek, for resuming, without counting it as watched', () => {
    const tracker = new WatchTracker();
    const player = new FakePlayer(tracker);
    player.seek(1390);
    expect(tracker.snapshot()).toMatchObject({ position: 1390, intervals: [] });
  });
});

describe('report schedule: a bounded rate of reports', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** Plays a tracker from fake timers: a `timeupdate` every 250 ms, as browsers send them. */
  function setUp() {
    const tracker = new WatchTracker();
    const reports: number[] = [];
    const schedule = createReportSchedule({
      everyMs: 5000,
      changes: () => tracker.changes,
      report: () => reports.push(tracker.snapshot().position ?? -1),
    });
    let time = 0;
    let playing = false;
    const timeupdate = setInterval(() => {
      if (!playing) return;
      time += 0.25;
      tracker.sample({ time, at: Date.now(), playing, ad: false, rate: 1, duration: 600 });
    }, 250);
    const play = () => {
      playing = true;
      tracker.sample({ time, at: Date.now(), playing, ad: false, rate: 1, duration: 600 });
      schedule.setPlaying(true);
    };
    const pause = () => {
      playing = false;
      tracker.sample({ time, at: Date.now(), playing, ad: false, rate: 1, duration: 600 });
      schedule.setPlaying(false);
    };
    return { tracker, reports, schedule, play, pause, stop: () => clearInterval(timeupdate) };
  }

  it('reports every 5 s while playing, not on each of the 240 timeupdates of a minute', () => {
    const { reports, play, stop } = setUp();
    play();
    vi.advanceTimersByTime(60_000);
    stop();
    expect(reports).toHaveLength(12);
    expect(reports.at(-1)).toBe(60);
  });

  it('reports on pause at once, then stays quiet while paused', () => {
    const { reports, play, pause, stop } = setUp();
    play();
    vi.advanceTimersByTime(3_000);
    pause();
    expect(reports).toEqual([3]);
    vi.advanceTimersByTime(60_000);
    stop();
    expect(reports).toEqual([3]);
  });

  it('reports when the tab is hidden, and keeps no timer running while hidden', () => {
    const { reports, schedule, play, stop } = setUp();
    play();
    vi.advanceTimersByTime(2_000);
    schedule.setVisible(false);
    expect(reports).toEqual([2]);
    vi.advanceTimersByTime(20_000);
    expect(reports).toEqual([2]);
    schedule.setVisible(true);
    vi.advanceTimersByTime(5_000);
    stop();
    expect(reports).toEqual([2, 27]);
  });

  it('flushes on navigation or unload only when something is new, and stops for good', () => {
    const { reports, schedule, play, pause, stop } = setUp();
    play();
    vi.advanceTimersByTime(1_000);
    pause();
    schedule.flush();
    expect(reports).toEqual([1]);
    play();
    vi.advanceTimersByTime(1_000);
    schedule.stop();
    expect(reports).toEqual([1, 2]);
    vi.advanceTimersByTime(30_000);
    stop();
    expect(reports).toEqual([1, 2]);
  });
});
