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
