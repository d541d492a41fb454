import type { OverallProgress } from './overall-progress';

/**
 * The toolbar badge's text: the overall percent, blank until there is any progress (a fresh
 * install shows the bare icon, not "0%").
 */
export function badgeLabel(progress: OverallProgress | null): string {
  return progress?.started ? `${progress.percent}%` : '';
}
