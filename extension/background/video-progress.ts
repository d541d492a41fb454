/**
 * Watch progress and notes (background). The YouTube content script asks whether its video is
 * a curriculum item and reports what was watched; the side panel adds, edits and deletes notes.
 * A video that is not in a curriculum is never answered for, recorded or logged.
 */
import { progressSubject } from '../../shared/progress-keys';
import { deriveProgress } from '../../shared/resource-progress';
import { parseYouTubeUrl } from '../../shared/youtube';
import type { VideoLookup, VideoReport } from '../lib/background-calls';
import { resumePoint } from '../lib/resume-point';
import { settingsFrom } from '../lib/settings';
import { registersStorage } from '../lib/storage';
import { validRegisters } from '../lib/valid-registers';
import { addNote, deleteNote, editNote, recordWatch } from '../lib/video-actions';
import type { InstalledIndex } from './installed-index';

/** The resource key, if a curriculum names it; otherwise nothing is recorded. */
async function curriculumResource(installedIndex: InstalledIndex, key: string): Promise<string> {
  if ((await installedIndex()).byKey(key).length === 0)
    throw new Error('That resource is in none of your curricula; nothing was recorded.');
  return key;
}

/** The calls about videos and notes, for `call-handlers.ts`. */
export function videoProgress(installedIndex: InstalledIndex) {
  return {
    async lookUp(url: string): Promise<VideoLookup | null> {
      const video = parseYouTubeUrl(url);
      if (!video) return null;
      const key = `youtube:${video.videoId}`;
      const ref = (await installedIndex()).byKey(key)[0];
      if (!ref) return null;
      const { registers } = validRegisters(await registersStorage.getValue());
      const progress = deriveProgress(registers).get(progressSubject(key));
      return {
        videoId: video.videoId,
        resourceKey: key,
        title: ref.item.title,
        resumeAt: resumePoint(progress?.video),
        autoResume: settingsFrom(registers).autoResume,
      };
    },

    async report({ videoId, ...report }: VideoReport): Promise<void> {
      const key = await curriculumResource(installedIndex, `youtube:${videoId}`);
      const { registers } = validRegisters(await registersStorage.getValue());
      const { doneThreshold } = settingsFrom(registers);
      await recordWatch(key, report, doneThreshold);
    },

    async addNote(note: { resourceKey: string; seconds: number; text: string }) {
      const key = await curriculumResource(installedIndex, note.resourceKey);
      return { noteId: await addNote(key, note.seconds, note.text) };
    },

    async editNote(edit: { resourceKey: string; noteId: string; seconds?: number; text?: string }) {
      const { resourceKey, noteId, ...changes } = edit;
      await editNote(await curriculumResource(installedIndex, resourceKey), noteId, changes);
    },

    async deleteNote({ resourceKey, noteId }: { resourceKey: string; noteId: string }) {
      await deleteNote(await curriculumResource(installedIndex, resourceKey), noteId);
    },
  };
}
