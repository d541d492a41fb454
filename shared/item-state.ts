import type { ResourceProgress } from './resource-progress';

/** What the checklist shows for an item at a glance. */
export type ItemState =
  | { kind: 'not-started' }
  | { kind: 'opened' }
  | { kind: 'watching'; percent: number }
  | { kind: 'done' }
  | { kind: 'skipped' };

/**
 * Opening is not finishing: an item is done or skipped only by its status (ticked by the
 * learner, or by watching past the done threshold, which the tracker turns into a status);
 * a video with watch progress is "watching N%"; anything visited is "opened".
 */
export function itemState(progress: ResourceProgress | undefined): ItemState {
  if (!progress) return { kind: 'not-started' };
  if (progress.status === 'done') return { kind: 'done' };
  if (progress.status === 'skipped') return { kind: 'skipped' };
  const fraction = progress.video?.fraction ?? 0;
  if (fraction > 0) return { kind: 'watching', percent: Math.min(99, Math.floor(fraction * 100)) };
  if (progress.openCount > 0 || progress.firstOpened !== null || progress.video)
    return { kind: 'opened' };
  return { kind: 'not-started' };
}

/** Whether the item counts towards section and overall progress bars. */
export function isFinished(state: ItemState): boolean {
  return state.kind === 'done' || state.kind === 'skipped';
}
