/**
 * Watch progress and notes (background). The YouTube content script asks whether its video is
 * a curriculum item and reports what was watched; the side panel adds, edits and deletes notes.
 * A video that is not in a curriculum is never answered for, recorded or logged.
 */
import { z } from 'zod';
import { progressSubject } from '../../shared/progress-keys';
import { deriveProgress } from '../../shared/resource-progress';
import { parseYouTubeUrl } from '../../shared/youtube';
import { handleCall } from '../lib/background-calls';
import type { InstalledIndex } from '../lib/installed-index';
import { resumePoint } from '../lib/resume-point';
import { registersStorage, settingsStorage } from '../lib/storage';
import { validRegisters } from '../lib/valid-registers';
import { addNote, deleteNote, editNote, MAX_NOTE_LENGTH, recordWatch } from '../lib/video-actions';

/** A curriculum video, as the content script needs to know it. */
export interface VideoLookup {
  videoId: string;
  resourceKey: string;
  title: string;
  /** The saved position worth resuming at, or null. */
  resumeAt: number | null;
  /** Seek there by itself (option), instead of offering it in the side panel. */
  autoResume: boolean;
}

const videoId = z.string().regex(/^[A-Za-z0-9_-]{11}$/, 'a YouTube video id');
const seconds = z.number().finite().nonnegative();
const reportSchema = z.object({
  videoId,
  duration: z.number().finite().positive().nullable(),
  intervals: z.array(z.tuple([seconds, seconds])).max(5000),
  position: seconds.nullable(),
});
const resourceKey = z.string().min(1).max(256);
const noteText = z.string().max(MAX_NOTE_LENGTH * 2);
const addNoteSchema = z.object({ resourceKey, seconds, text: noteText });
const editNoteSchema = z.object({
  resourceKey,
  noteId: z.string().min(1).max(64),
  seconds: seconds.optional(),
  text: noteText.optional(),
});
const deleteNoteSchema = z.object({ resourceKey, noteId: z.string().min(1).max(64) });

export type VideoReport = z.infer<typeof reportSchema>;

declare module '../lib/background-calls' {
  interface BackgroundCalls {
    /** Whether the video a page shows is a curriculum item; null when it is not. */
    'video-lookup': (req: { url: string }) => Promise<VideoLookup | null>;
    /** What a page watched of a curriculum video. */
    'video-report': (req: VideoReport) => Promise<void>;
    'add-note': (req: z.infer<typeof addNoteSchema>) => Promise<{ noteId: string }>;
    'edit-note': (req: z.infer<typeof editNoteSchema>) => Promise<void>;
    'delete-note': (req: z.infer<typeof deleteNoteSchema>) => Promise<void>;
  }
}

/** Parses a request, or throws an error that says what was wrong with it. */
function parse<T>(schema: z.ZodType<T>, request: unknown, what: string): T {
  const result = schema.safeParse(request);
  if (!result.success) throw new Error(`Bad ${what}: ${z.prettifyError(result.error)}`);
  return result.data;
}

async function curriculumResource(installedIndex: InstalledIndex, key: string): Promise<string> {
  if ((await installedIndex()).byKey(key).length === 0)
    throw new Error('That resource is in none of your curricula; nothing was recorded.');
  return key;
}

export function registerVideoProgress(installedIndex: InstalledIndex): void {
  handleCall('video-lookup', async (request) => {
    const url = typeof request?.url === 'string' ? request.url : '';
    const video = parseYouTubeUrl(url);
    if (!video) return null;
    const key = `youtube:${video.videoId}`;
    const refs = (await installedIndex()).byKey(key);
    const ref = refs[0];
    if (!ref) return null;
    const [stored, settings] = await Promise.all([
      registersStorage.getValue(),
      settingsStorage.getValue(),
    ]);
    const progress = deriveProgress(validRegisters(stored).registers).get(progressSubject(key));
    return {
      videoId: video.videoId,
      resourceKey: key,
      title: ref.item.title,
      resumeAt: resumePoint(progress?.video),
      autoResume: settings.autoResume,
    };
  });

  handleCall('video-report', async (request) => {
    const report = parse(reportSchema, request, 'watch report');
    const key = await curriculumResource(installedIndex, `youtube:${report.videoId}`);
    await recordWatch(key, report);
  });

  handleCall('add-note', async (request) => {
    const note = parse(addNoteSchema, request, 'note');
    const noteId = await addNote(
      await curriculumResource(installedIndex, note.resourceKey),
      note.seconds,
      note.text,
    );
    return { noteId };
  });

  handleCall('edit-note', async (request) => {
    const { resourceKey: key, noteId, ...changes } = parse(editNoteSchema, request, 'note edit');
    await editNote(await curriculumResource(installedIndex, key), noteId, changes);
  });

  handleCall('delete-note', async (request) => {
    const { resourceKey: key, noteId } = parse(deleteNoteSchema, request, 'note deletion');
    await deleteNote(await curriculumResource(installedIndex, key), noteId);
  });
}
