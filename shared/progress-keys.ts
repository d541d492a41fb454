import type { MergeRule } from './register';
import { stableHash } from './stable-hash';

/**
 * How one resource's progress is spread over sync registers. Each field is its own register
 * with its own merge rule, so two browsers' edits combine instead of overwriting each other:
 *
 * | key                               | merge | value                                  |
 * |-----------------------------------|-------|----------------------------------------|
 * | `p/reset/S`                       | max   | epoch: ms of the last reset (0: none)  |
 * | `p/status/S`                      | lww   | 'none' / 'done' / 'skipped'            |
 * | `p/last/S`                        | lww   | ms last opened, or null after a reset  |
 * | `p/pos/S`                         | lww   | `{ seconds, at }` resume point or null |
 * | `p/len/E/S`                       | max   | video duration, seconds                |
 * | `p/first/E/S`                     | min   | ms first opened                        |
 * | `p/opens/E/D/S`                   | max   | times opened on device D               |
 * | `p/furthest/E/S`                  | max   | furthest second reached                |
 * | `p/fraction/E/S`                  | max   | share of the video watched, 0..1       |
 * | `p/iv/E/D/S`                      | lww   | intervals watched on device D          |
 * | `p/note/N/S`                      | lww   | `{ seconds, text, at }` or null        |
 * | `p/dur/S` (read only)             | max   | duration, by earlier versions          |
 *
 * S is the resource's subject (its resource key, cut to fit), E the reset epoch the value
 * belongs to, D a device id. Values that may only grow (`max`/`min`) live under the epoch, so
 * a reset, which raises the epoch, wins over older progress from every browser: values under
 * an older epoch are simply not read. Per-device keys never conflict: the union is taken.
 *
 * `p/dur/S` is how the duration was stored before it moved under the epoch (a reset left it
 * behind, so a reset video still looked opened). It is no longer written; it is read as if it
 * belonged to epoch 0, so a video that was never reset keeps its length and a reset one drops it.
 */
export type ProgressKey =
  | { field: 'reset' | 'status' | 'last' | 'pos' | 'dur'; subject: string }
  | { field: 'first' | 'furthest' | 'fraction' | 'len'; epoch: number; subject: string }
  | { field: 'opens' | 'iv'; epoch: number; device: string; subject: string }
  | { field: 'note'; noteId: string; subject: string };

export type ProgressField = ProgressKey['field'];

export const PROGRESS_MERGE: Record<ProgressField, MergeRule> = {
  reset: 'max',
  status: 'lww',
  last: 'lww',
  pos: 'lww',
  dur: 'max',
  len: 'max',
  first: 'min',
  opens: 'max',
  furthest: 'max',
  fraction: 'max',
  iv: 'lww',
  note: 'lww',
};

/**
 * The fields a playing video writes every few seconds; every other field changes by a
 * learner's action (a tick, a reset, a note) or by opening a page, and is worth sending at once.
 */
const PLAYBACK_FIELDS: ReadonlySet<ProgressField> = new Set([
  'pos',
  'dur',
  'len',
  'furthest',
  'fraction',
  'iv',
]);

/** Whether a register key is one of a resource's playback fields. */
export function isPlaybackKey(key: string): boolean {
  const field = decodeProgressKey(key)?.field;
  return field !== undefined && PLAYBACK_FIELDS.has(field);
}

/** Longest subject kept as is; longer resource keys are cut and suffixed with a hash. */
const MAX_SUBJECT = 160;

/** The part of a register key that names the resource. */
export function progressSubject(resourceKey: string): string {
  if (resourceKey.length <= MAX_SUBJECT) return resourceKey;
  return `${resourceKey.slice(0, MAX_SUBJECT - 9)}~${stableHash(resourceKey)}`;
}

export function encodeProgressKey(key: ProgressKey): string {
  switch (key.field) {
    case 'first':
    case 'furthest':
    case 'fraction':
    case 'len':
      return `p/${key.field}/${key.epoch}/${key.subject}`;
    case 'opens':
    case 'iv':
      return `p/${key.field}/${key.epoch}/${key.device}/${key.subject}`;
    case 'note':
      return `p/note/${key.noteId}/${key.subject}`;
    default:
      return `p/${key.field}/${key.subject}`;
  }
}

const SEGMENTS: Record<ProgressField, number> = {
  reset: 0,
  status: 0,
  last: 0,
  pos: 0,
  dur: 0,
  len: 1,
  first: 1,
  furthest: 1,
  fraction: 1,
  opens: 2,
  iv: 2,
  note: 1,
};

export function decodeProgressKey(key: string): ProgressKey | null {
  // Scanned with indexOf rather than split and joined: every page decodes every key of the
  // registers as it opens (shared/resource-progress.ts).
  if (!key.startsWith('p/')) return null;
  const fieldEnd = key.indexOf('/', 2);
  if (fieldEnd < 0) return null;
  const field = key.slice(2, fieldEnd) as ProgressField;
  if (!Object.hasOwn(SEGMENTS, field)) return null;
  const segments: string[] = [];
  let start = fieldEnd + 1;
  for (let n = 0; n < SEGMENTS[field]; n++) {
    const end = key.indexOf('/', start);
    if (end < 0) return null;
    segments.push(key.slice(start, end));
    start = end + 1;
  }
  const subject = key.slice(start);
  if (!subject) return null;
  const epochOf = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : NaN);
  switch (field) {
    case 'first':
    case 'furthest':
    case 'fraction':
    case 'len': {
      const epoch = epochOf(segments[0]);
      return Number.isNaN(epoch) ? null : { field, epoch, subject };
    }
    case 'opens':
    case 'iv': {
      const epoch = epochOf(segments[0]);
      const device = segments[1]!;
      return Number.isNaN(epoch) || !device ? null : { field, epoch, device, subject };
    }
    case 'note':
      return segments[0] ? { field, noteId: segments[0], subject } : null;
    default:
      return { field, subject };
  }
}
