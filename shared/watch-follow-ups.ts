import { encodeProgressKey, type ProgressKey } from './progress-keys';
import type { Json, Register } from './register';
import type { ResourceProgress } from './resource-progress';

/** A progress change before it is stamped: which register, and its new value. */
export interface ProgressDraft {
  key: ProgressKey;
  value: Json;
}

/**
 * What a browser writes after its registers changed, by a local write or by a pull, so that
 * watching merged from several browsers reads right everywhere:
 *
 * - the share watched, as the union of every browser's intervals shows it, is stored in the
 *   `max` register `p/fraction/E/S` whenever it is above what that register holds. The share
 *   shown is the greater of the two, so it never goes down (a longer duration arriving later
 *   lowers the union's share, not the stored one);
 * - when that stored share reaches `doneThreshold` from below, the item is ticked done, once:
 *   on whichever browser first sees the merged share cross it, whether the last part was
 *   watched there or arrived from another browser. A learner who unticks it afterwards is not
 *   overruled, as the stored share no longer crosses.
 *
 * `progress` is read from `registers` after the change.
 */
export function watchFollowUps(
  progress: ResourceProgress,
  registers: Readonly<Record<string, Register>>,
  doneThreshold: number,
): ProgressDraft[] {
  const { subject, epoch, video } = progress;
  if (!video) return [];
  const key: ProgressKey = { field: 'fraction', epoch, subject };
  const held = registers[encodeProgressKey(key)]?.value;
  const stored = typeof held === 'number' && Number.isFinite(held) ? held : 0;
  if (video.fraction <= stored) return [];
  const drafts: ProgressDraft[] = [{ key, value: video.fraction }];
  if (stored < doneThreshold && video.fraction >= doneThreshold && progress.status !== 'done')
    drafts.push({ key: { field: 'status', subject }, value: 'done' });
  return drafts;
}
