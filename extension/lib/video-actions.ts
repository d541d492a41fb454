/**
 * What watching a video and writing notes on it do to its progress registers. Each runs
 * through the progress writer (background only), so it is durable before it counts.
 */
import { progressSubject } from '../../shared/progress-keys';
import type { Json } from '../../shared/register';
import {
  furthestWatched,
  type Interval,
  roundIntervals,
  sameIntervals,
  unionIntervals,
  watchedFraction,
} from '../../shared/watched-intervals';
import { MAX_NOTE_LENGTH, type VideoReport } from './background-calls';
import { type ChangeDraft, writeProgress } from './progress-writer';
import { randomId } from './random-id';

/**
 * What the content script saw of one video since the page opened it: its duration (null when
 * unknown), the spans of media time watched in this page (the background adds this device's
 * earlier ones), and where the video stands now (the resume point).
 */
export type WatchReport = Omit<VideoReport, 'videoId'>;

const isIntervalList = (v: Json | undefined): v is Interval[] =>
  Array.isArray(v) &&
  v.every((i) => Array.isArray(i) && typeof i[0] === 'number' && typeof i[1] === 'number');

const numberIn = (v: Json | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/**
 * Records watch progress: the duration (max), this device's watched spans (their union with
 * what it stored before, under the current reset epoch), the furthest point and the watched
 * share (max), and the resume point. When the share crosses `doneThreshold` from below, the
 * video is ticked done, once: a learner who unticks it later is not overruled by the next
 * report, as the share no longer crosses.
 */
export function recordWatch(resourceKey: string, report: WatchReport, doneThreshold: number) {
  const subject = progressSubject(resourceKey);
  return writeProgress(({ now, deviceId, stored, progressOf }): ChangeDraft[] => {
    const before = progressOf(subject);
    const epoch = before?.epoch ?? 0;
    const drafts: ChangeDraft[] = [];

    const storedDuration = before?.video?.duration ?? null;
    const duration =
      report.duration !== null && report.duration > 0
        ? Math.max(report.duration, storedDuration ?? 0)
        : storedDuration;
    if (duration !== null && duration !== storedDuration)
      drafts.push({ key: { field: 'dur', subject }, value: duration });

    const storedMine = stored({ field: 'iv', epoch, device: deviceId, subject });
    const mineBefore = isIntervalList(storedMine) ? unionIntervals(storedMine) : [];
    const mine = roundIntervals(unionIntervals(mineBefore, report.intervals));
    if (!sameIntervals(mine, mineBefore))
      drafts.push({ key: { field: 'iv', epoch, device: deviceId, subject }, value: mine });

    const everyDevice = unionIntervals(before?.video?.intervals ?? [], mine);
    const furthest = furthestWatched(everyDevice);
    if (furthest > (before?.video?.furthest ?? 0))
      drafts.push({ key: { field: 'furthest', epoch, subject }, value: furthest });

    const fractionBefore = before?.video?.fraction ?? 0;
    const fraction = Math.max(fractionBefore, watchedFraction(everyDevice, duration));
    const storedFraction = numberIn(stored({ field: 'fraction', epoch, subject })) ?? 0;
    if (round4(fraction) > storedFraction)
      drafts.push({ key: { field: 'fraction', epoch, subject }, value: round4(fraction) });

    const position = report.position;
    const storedPosition = before?.video?.position ?? null;
    if (
      position !== null &&
      (storedPosition === null || Math.abs(position - storedPosition) >= 0.5)
    )
      drafts.push({
        key: { field: 'pos', subject },
        value: { seconds: round1(position), at: now },
      });

    if (fractionBefore < doneThreshold && fraction >= doneThreshold && before?.status !== 'done')
      drafts.push({ key: { field: 'status', subject }, value: 'done' });
    return drafts;
  });
}

/** A new note at `seconds`; resolves to its id. */
export async function addNote(resourceKey: string, seconds: number, text: string) {
  const clean = checkedNote(seconds, text);
  const noteId = randomId(10);
  await writeProgress(({ now }) => [
    {
      key: { field: 'note', noteId, subject: progressSubject(resourceKey) },
      value: { ...clean, at: now },
    },
  ]);
  return noteId;
}

/** Changes a note's text and/or time. */
export function editNote(
  resourceKey: string,
  noteId: string,
  changes: { seconds?: number; text?: string },
) {
  const subject = progressSubject(resourceKey);
  return writeProgress(({ now, progressOf }) => {
    const note = progressOf(subject)?.notes.find((n) => n.id === noteId);
    if (!note) throw new Error('That note no longer exists (deleted here or in another browser).');
    const clean = checkedNote(changes.seconds ?? note.seconds, changes.text ?? note.text);
    if (clean.seconds === note.seconds && clean.text === note.text) return [];
    return [{ key: { field: 'note', noteId, subject }, value: { ...clean, at: now } }];
  });
}

/** Deletes a note (its register holds null, so the deletion syncs like an edit). */
export function deleteNote(resourceKey: string, noteId: string) {
  const subject = progressSubject(resourceKey);
  return writeProgress(({ progressOf }) =>
    progressOf(subject)?.notes.some((n) => n.id === noteId)
      ? [{ key: { field: 'note', noteId, subject }, value: null }]
      : [],
  );
}

function checkedNote(seconds: number, text: string): { seconds: number; text: string } {
  if (!Number.isFinite(seconds) || seconds < 0)
    throw new Error(`A note's time must be a number of seconds from 0 up, not ${seconds}.`);
  const trimmed = text.trim();
  if (!trimmed) throw new Error('A note needs some text.');
  if (trimmed.length > MAX_NOTE_LENGTH)
    throw new Error(
      `A note holds at most ${MAX_NOTE_LENGTH} characters (this one has ${trimmed.length}).`,
    );
  return { seconds: round1(seconds), text: trimmed };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
/** Rounded down, so a stored share never claims more than was watched. */
const round4 = (x: number) => Math.floor(x * 10_000) / 10_000;
