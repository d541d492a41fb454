/**
 * What a learner (or the tracker) does to a resource, as register changes. Each runs through
 * the progress writer, so it is durable before it counts.
 */
import { progressSubject } from '../../shared/progress-keys';
import type { ProgressStatus } from '../../shared/resource-progress';
import { type ChangeDraft, writeProgress } from './progress-writer';

/** The resource was opened (visited) in this browser. */
export function recordOpened(resourceKey: string) {
  const subject = progressSubject(resourceKey);
  return writeProgress(({ now, deviceId, progressOf, stored }): ChangeDraft[] => {
    const epoch = progressOf(subject)?.epoch ?? 0;
    const mine = stored({ field: 'opens', epoch, device: deviceId, subject });
    const opens = typeof mine === 'number' ? mine : 0;
    return [
      { key: { field: 'first', epoch, subject }, value: now },
      { key: { field: 'last', subject }, value: now },
      { key: { field: 'opens', epoch, device: deviceId, subject }, value: opens + 1 },
    ];
  });
}

/** Ticked (done), skipped, or back to none. */
export function setStatus(resourceKeys: string[], status: ProgressStatus) {
  return writeProgress(({ progressOf }) =>
    resourceKeys
      .map(progressSubject)
      .filter((subject) => (progressOf(subject)?.status ?? 'none') !== status)
      .map((subject): ChangeDraft => ({ key: { field: 'status', subject }, value: status })),
  );
}

/**
 * Back to not started: a new epoch (which hides every growing value recorded before it, on
 * every browser), no status, no resume point, never opened. Notes are the learner's own
 * writing and are kept.
 */
export function resetProgress(resourceKeys: string[]) {
  return writeProgress(({ now, progressOf }) =>
    resourceKeys.map(progressSubject).flatMap((subject): ChangeDraft[] => {
      const epoch = Math.max(now, (progressOf(subject)?.epoch ?? 0) + 1);
      return [
        { key: { field: 'reset', subject }, value: epoch },
        { key: { field: 'status', subject }, value: 'none' },
        { key: { field: 'last', subject }, value: null },
        { key: { field: 'pos', subject }, value: null },
      ];
    }),
  );
}
