import { decodeProgressKey } from './progress-keys';
import type { Json, Register } from './register';
import {
  furthestWatched,
  type Interval,
  unionIntervals,
  watchedFraction,
} from './watched-intervals';

export type ProgressStatus = 'none' | 'done' | 'skipped';

export interface TimestampedNote {
  id: string;
  seconds: number;
  text: string;
  /** ms of the last edit. */
  at: number;
}

export interface VideoProgress {
  duration: number | null;
  /** The greater of the stored maximum and the end of the intervals' union. */
  furthest: number;
  /**
   * Share watched, 0..1 (to 4 decimals, rounded down): the greater of the stored maximum and
   * the share the union of every browser's intervals covers. Writers store it whenever it grows
   * (shared/watch-follow-ups.ts), so it never goes down, even when a longer duration arrives.
   */
  fraction: number;
  intervals: Interval[];
  /** Resume point, seconds. */
  position: number | null;
}

/** What the learner has done with one resource, read from its registers. */
export interface ResourceProgress {
  subject: string;
  /** The reset epoch in force (0: never reset). */
  epoch: number;
  firstOpened: number | null;
  lastOpened: number | null;
  openCount: number;
  status: ProgressStatus;
  video: VideoProgress | null;
  notes: TimestampedNote[];
}

interface Accumulator {
  epoch: number;
  status: ProgressStatus;
  last: number | null;
  position: number | null;
  /** Values that belong to an epoch, kept with it so only the current one is read. */
  length: Map<number, number>;
  first: Map<number, number>;
  furthest: Map<number, number>;
  fraction: Map<number, number>;
  opens: Map<number, number>;
  intervals: Map<number, Interval[][]>;
  notes: TimestampedNote[];
}

const num = (v: Json): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function isInterval(v: unknown): v is Interval {
  return Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'number';
}

function emptyAccumulator(): Accumulator {
  return {
    epoch: 0,
    status: 'none',
    last: null,
    position: null,
    length: new Map(),
    first: new Map(),
    furthest: new Map(),
    fraction: new Map(),
    opens: new Map(),
    intervals: new Map(),
    notes: [],
  };
}

function add(map: Map<number, number>, epoch: number, value: number | null) {
  if (value !== null) map.set(epoch, (map.get(epoch) ?? 0) + value);
}

function keepMax(map: Map<number, number>, epoch: number, value: number | null) {
  if (value !== null) map.set(epoch, Math.max(map.get(epoch) ?? value, value));
}

/** Rounded down to 4 decimals, so a share never claims more than was watched. */
const floorShare = (x: number) => Math.floor(x * 10_000) / 10_000;

/**
 * Folds every progress register into one `ResourceProgress` per subject; with `only`, just
 * those subjects (a write that touched a few resources need not fold all of them).
 */
export function deriveProgress(
  registers: Record<string, Register>,
  only?: ReadonlySet<string>,
): Map<string, ResourceProgress> {
  const acc = new Map<string, Accumulator>();
  for (const [key, register] of Object.entries(registers)) {
    const k = decodeProgressKey(key);
    if (!k || (only && !only.has(k.subject))) continue;
    let a = acc.get(k.subject);
    if (!a) {
      a = emptyAccumulator();
      acc.set(k.subject, a);
    }
    const v = register.value;
    switch (k.field) {
      case 'reset':
        a.epoch = num(v) ?? 0;
        break;
      case 'status':
        a.status = v === 'done' || v === 'skipped' ? v : 'none';
        break;
      case 'last':
        a.last = num(v);
        break;
      case 'pos':
        a.position =
          v && typeof v === 'object' && !Array.isArray(v) ? num(v.seconds ?? null) : null;
        break;
      case 'dur':
        keepMax(a.length, 0, num(v));
        break;
      case 'len':
        keepMax(a.length, k.epoch, num(v));
        break;
      case 'first':
        if (num(v) !== null) a.first.set(k.epoch, num(v)!);
        break;
      case 'furthest':
        if (num(v) !== null) a.furthest.set(k.epoch, num(v)!);
        break;
      case 'fraction':
        if (num(v) !== null) a.fraction.set(k.epoch, num(v)!);
        break;
      case 'opens':
        add(a.opens, k.epoch, num(v));
        break;
      case 'iv': {
        const list = Array.isArray(v) ? v.filter(isInterval) : [];
        const lists = a.intervals.get(k.epoch) ?? [];
        lists.push(list);
        a.intervals.set(k.epoch, lists);
        break;
      }
      case 'note':
        if (v && typeof v === 'object' && !Array.isArray(v)) {
          const seconds = num(v.seconds ?? null);
          const text = typeof v.text === 'string' ? v.text : null;
          if (seconds !== null && text !== null)
            a.notes.push({ id: k.noteId, seconds, text, at: num(v.at ?? null) ?? 0 });
        }
        break;
    }
  }
  const out = new Map<string, ResourceProgress>();
  for (const [subject, a] of acc) {
    const e = a.epoch;
    const intervals = unionIntervals(...(a.intervals.get(e) ?? []));
    const duration = a.length.get(e) ?? null;
    const hasVideo =
      duration !== null || intervals.length > 0 || a.furthest.has(e) || a.position !== null;
    out.set(subject, {
      subject,
      epoch: e,
      firstOpened: a.first.get(e) ?? null,
      lastOpened: a.last,
      openCount: a.opens.get(e) ?? 0,
      status: a.status,
      video: hasVideo
        ? {
            duration,
            furthest: Math.max(a.furthest.get(e) ?? 0, furthestWatched(intervals)),
            fraction: Math.max(
              a.fraction.get(e) ?? 0,
              floorShare(watchedFraction(intervals, duration)),
            ),
            intervals,
            position: a.position,
          }
        : null,
      notes: a.notes.sort((x, y) => x.seconds - y.seconds || x.id.localeCompare(y.id)),
    });
  }
  return out;
}
