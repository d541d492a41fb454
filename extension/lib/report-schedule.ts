/** When watch progress is sent: at a bounded rate, never on every `timeupdate`. */
export interface ReportSchedule {
  /** Playback started or stopped; stopping (pause, end) reports at once. */
  setPlaying(playing: boolean): void;
  /** The tab was hidden (reports at once, and the timer stops) or shown again. */
  setVisible(visible: boolean): void;
  /** Reports now if anything changed since the last report (navigation, unload). */
  flush(): void;
  /** Reports what is left and stops for good (the page is going away). */
  stop(): void;
}

export interface ReportScheduleOptions {
  /** Period of the reports while playing, ms. */
  everyMs: number;
  /** A number that grows whenever there is something new to report. */
  changes: () => number;
  report: () => void;
}

/**
 * Reports on pause, on `flush()` (navigation, page hide) and every `everyMs` while playing
 * in a visible tab; a report with nothing new is never sent.
 */
export function createReportSchedule({
  everyMs,
  changes,
  report,
}: ReportScheduleOptions): ReportSchedule {
  let playing = false;
  let visible = true;
  let stopped = false;
  let reported = changes();
  let timer: ReturnType<typeof setInterval> | undefined;

  const flush = () => {
    const now = changes();
    if (now === reported) return;
    reported = now;
    report();
  };
  const arm = () => {
    const wanted = playing && visible && !stopped;
    if (wanted && timer === undefined) timer = setInterval(flush, everyMs);
    if (!wanted && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };

  return {
    setPlaying(next) {
      if (next === playing) return;
      playing = next;
      if (!next) flush();
      arm();
    },
    setVisible(next) {
      if (next === visible) return;
      visible = next;
      if (!next) flush();
      arm();
    },
    flush,
    stop() {
      flush();
      stopped = true;
      arm();
    },
  };
}
