import type { ResourceProgress } from '../../../shared/resource-progress';
import { coveredSeconds } from '../../../shared/watched-intervals';

/**
 * Seconds of video watched: for each video, the length of the union of the spans watched on
 * every device (`p/iv/E/D/S`, as `deriveProgress` merges them), so a part seen twice, or on
 * two browsers, counts once. Since the last reset of each video. Each subject counts once.
 */
export function timeWatched(progress: Iterable<ResourceProgress | undefined>): number {
  const seen = new Set<string>();
  let total = 0;
  for (const p of progress) {
    if (!p?.video || seen.has(p.subject)) continue;
    seen.add(p.subject);
    total += coveredSeconds(p.video.intervals, p.video.duration);
  }
  return total;
}
