import { bundledCurricula } from '../../../shared/curricula';
import { deriveProgress } from '../../../shared/resource-progress';
import { progressRegister as entry } from './progress-register';

export const bookClub = bundledCurricula.find((c) => c.id === 'dmls-bookclub')!;
/** Session 1's slide deck, as a progress subject. */
export const slides =
  'github.com/mlops-discord/dmls-bookclub/blob/main/slides/chapter1-20240413-chad-shaplv.pdf';
/** Session 1's video (an hour long), as a progress subject. */
const video = 'youtube:spFsPbDw7Lg';

/**
 * The book club's progress as the export tests plant it: session 1's slides ticked, its video
 * watched to 40%, and these notes on that video.
 */
export function bookClubProgress(
  notes: { noteId: string; seconds: number; text: string; at: number }[],
) {
  return deriveProgress(
    Object.fromEntries([
      entry({ field: 'status', subject: slides }, 'done'),
      entry({ field: 'dur', subject: video }, 3600, 'max'),
      entry({ field: 'fraction', epoch: 0, subject: video }, 0.4, 'max'),
      ...notes.map(({ noteId, ...note }) => entry({ field: 'note', noteId, subject: video }, note)),
    ]),
  );
}
