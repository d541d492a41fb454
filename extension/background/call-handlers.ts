/**
 * What the background does for each call of `lib/background-calls.ts`, in one table: the
 * compiler holds it to the declarations (every call has one handler, of the declared types),
 * and each request arrives already validated by `answer-calls.ts`.
 */
import { resetProgress, setStatus } from '../lib/progress-actions';
import type { CallHandlers } from './answer-calls';
import type { InstalledIndex } from './installed-index';
import { syncCalls } from './sync';
import { videoProgress } from './video-progress';

export function callHandlers(installedIndex: InstalledIndex): CallHandlers {
  const video = videoProgress(installedIndex);
  return {
    'set-status': async ({ resourceKeys, status }) => {
      await setStatus(resourceKeys, status);
    },
    reset: async ({ resourceKeys }) => {
      await resetProgress(resourceKeys);
    },
    'video-lookup': ({ url }) => video.lookUp(url),
    'video-report': (report) => video.report(report),
    'add-note': (note) => video.addNote(note),
    'edit-note': (edit) => video.editNote(edit),
    'delete-note': (note) => video.deleteNote(note),
    ...syncCalls,
  };
}
