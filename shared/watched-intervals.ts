/** Watched spans of a video, in seconds: sorted, non-overlapping `[start, end]` pairs. */
export type Interval = [start: number, end: number];

/** The union of any number of interval lists, sorted and merged (touching spans join). */
export function unionIntervals(...lists: readonly (readonly Interval[])[]): Interval[] {
  const all = lists
    .flat()
    .filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b) && b > a)
    .map(([a, b]): Interval => [Math.max(0, a), b])
    .sort((x, y) => x[0] - y[0]);
  const out: Interval[] = [];
  for (const [a, b] of all) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Seconds covered by a merged list. */
export function coveredSeconds(intervals: readonly Interval[], duration?: number | null): number {
  let total = 0;
  for (const [a, b] of intervals) {
    const end = duration ? Math.min(b, duration) : b;
    if (end > a) total += end - a;
  }
  return total;
}

/** The share of `duration` covered, 0..1; 0 when the duration is not known. */
export function watchedFraction(intervals: readonly Interval[], duration: number | null): number {
  if (!duration || duration <= 0) return 0;
  return Math.min(1, coveredSeconds(intervals, duration) / duration);
}

/** The end of the last watched span: the furthest second reached by watching (0: none). */
export function furthestWatched(intervals: readonly Interval[]): number {
  return intervals.reduce((furthest, [, end]) => Math.max(furthest, end), 0);
}

/**
 * A list rounded to `step` seconds (a tenth by default) and merged, so what is stored stays
 * small. Ends are rounded to the nearest step: a span shorter than half a step (a frame decoded
 * before a seek) vanishes instead of growing to a whole step.
 */
export function roundIntervals(intervals: readonly Interval[], step = 0.1): Interval[] {
  const round = (x: number) => Number((Math.round(x / step) * step).toFixed(6));
  return unionIntervals(intervals.map(([a, b]): Interval => [round(a), round(b)]));
}

/** Whether two merged lists cover exactly the same spans. */
export function sameIntervals(a: readonly Interval[], b: readonly Interval[]): boolean {
  return a.length === b.length && a.every(([s, e], i) => s === b[i]?.[0] && e === b[i]?.[1]);
}
