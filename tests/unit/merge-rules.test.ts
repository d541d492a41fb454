/**
 * Every browser and the server fold the same changes in whatever order they arrive (and some
 * twice). These tests fold random sets of progress changes in many random orders and check
 * that the registers and the progress derived from them always end the same.
 */
import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../shared/hlc';
import {
  encodeProgressKey,
  PROGRESS_MERGE,
  type ProgressKey,
  progressSubject,
} from '../../shared/progress-keys';
import { type Change, type Json, mergeRegister, type Register } from '../../shared/register';
import { deriveProgress } from '../../shared/resource-progress';
import { seededRandom } from '../support/seeded-random';

function change(
  key: ProgressKey,
  value: Json,
  ms: number,
  counter: number,
  device: string,
): Change {
  return {
    key: encodeProgressKey(key),
    value,
    hlc: formatHlc(ms, counter, device),
    merge: PROGRESS_MERGE[key.field],
  };
}

function fold(changes: readonly Change[]): Record<string, Register> {
  const registers: Record<string, Register> = {};
  for (const c of changes) registers[c.key] = mergeRegister(registers[c.key], c);
  return registers;
}

const SUBJECTS = ['https://example.com/slides-1', 'youtube:abcdefghijk', 'manual:club/book'].map(
  progressSubject,
);
const DEVICES = ['laptop', 'desktop', 'phone'];

/** What a few browsers might write for a few resources: every field, some epochs, some ties. */
function randomChanges(seed: number): Change[] {
  const r = seededRandom(seed);
  const changes: Change[] = [];
  // A device never stamps two changes alike, but different devices may share ms and counter.
  const used = new Set<string>();
  const count = 20 + r.int(60);
  for (let i = 0; i < count; i++) {
    const subject = r.pick(SUBJECTS);
    const device = r.pick(DEVICES);
    // Few distinct times and counters, so equal values and equal clocks both happen.
    const ms = 1_700_000_000_000 + r.int(20) * 1000;
    let counter = r.int(3);
    while (used.has(formatHlc(ms, counter, device))) counter++;
    used.add(formatHlc(ms, counter, device));
    const epoch = r.pick([0, 0, 1_700_000_005_000, 1_700_000_012_000]);
    const at = (v: Json, key: ProgressKey) => changes.push(change(key, v, ms, counter, device));
    switch (r.int(11)) {
      case 0:
        at(epoch, { field: 'reset', subject });
        break;
      case 1:
        at(r.pick(['none', 'done', 'skipped']), { field: 'status', subject });
        break;
      case 2:
        at(r.pick([ms, null]), { field: 'last', subject });
        break;
      case 3:
        at(r.pick([{ seconds: r.int(900), at: ms }, null]), { field: 'pos', subject });
        break;
      case 4:
        at(r.pick([600, 900]), { field: 'len', epoch, subject });
        break;
      case 5:
        at(ms, { field: 'first', epoch, subject });
        break;
      case 6:
        at(1 + r.int(4), { field: 'opens', epoch, device, subject });
        break;
      case 7:
        at(r.int(900), { field: 'furthest', epoch, subject });
        break;
      case 8:
        at(r.int(100) / 100, { field: 'fraction', epoch, subject });
        break;
      case 9: {
        const start = r.int(800);
        at(
          [
            [start, start + 1 + r.int(100)],
            [start + 200, start + 250],
          ],
          { field: 'iv', epoch, device, subject },
        );
        break;
      }
      default:
        at(r.pick([{ seconds: r.int(900), text: `note ${i}`, at: ms }, null]), {
          field: 'note',
          noteId: r.pick(['n1', 'n2']),
          subject,
        });
    }
  }
  return changes;
}

describe('merge rules', () => {
  it('reach the same registers and the same progress in every order, with repeats', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const changes = randomChanges(seed);
      const expectedRegisters = fold(changes);
      const expectedProgress = deriveProgress(expectedRegisters);
      const r = seededRandom(seed * 7919);
      for (let order = 0; order < 8; order++) {
        // Some changes arrive twice (a retried request), in a different order.
        const replayed = r.shuffle([...changes, ...changes.filter(() => r.next() < 0.3)]);
        const registers = fold(replayed);
        expect(registers, `seed ${seed}, order ${order}`).toEqual(expectedRegisters);
        expect(deriveProgress(registers), `seed ${seed}, order ${order}`).toEqual(expectedProgress);
      }
    }
  });

  it('keeps the later status and resume position (lww by clock), whatever arrives first', () => {
    const subject = SUBJECTS[0]!;
    const ticked = change({ field: 'status', subject }, 'done', 1000, 0, 'laptop');
    const unticked = change({ field: 'status', subject }, 'none', 2000, 0, 'desktop');
    const early = change({ field: 'pos', subject }, { seconds: 600, at: 1000 }, 1000, 0, 'laptop');
    const late = change({ field: 'pos', subject }, { seconds: 120, at: 3000 }, 3000, 0, 'phone');
    for (const order of [
      [ticked, unticked, late, early],
      [unticked, ticked, early, late],
    ]) {
      const progress = deriveProgress(fold(order)).get(subject)!;
      expect(progress.status).toBe('none');
      expect(progress.video?.position).toBe(120);
    }
  });

  it('keeps the earliest first-opened (min) and the furthest point reached (max)', () => {
    const subject = SUBJECTS[1]!;
    const changes = [
      change({ field: 'first', epoch: 0, subject }, 5000, 5000, 0, 'laptop'),
      change({ field: 'first', epoch: 0, subject }, 3000, 9000, 0, 'desktop'),
      change({ field: 'furthest', epoch: 0, subject }, 600, 1000, 0, 'laptop'),
      change({ field: 'furthest', epoch: 0, subject }, 300, 9000, 0, 'desktop'),
    ];
    for (const order of [changes, [...changes].reverse()]) {
      const progress = deriveProgress(fold(order)).get(subject)!;
      expect(progress.firstOpened).toBe(3000);
      expect(progress.video?.furthest).toBe(600);
    }
  });

  it('lets a reset win over older progress from every browser, in any order', () => {
    const subject = SUBJECTS[1]!;
    const resetAt = 10_000;
    const changes = [
      // The laptop watched far and ticked it, before the reset...
      change({ field: 'furthest', epoch: 0, subject }, 900, 1000, 0, 'laptop'),
      change({ field: 'fraction', epoch: 0, subject }, 0.95, 1000, 1, 'laptop'),
      change({ field: 'first', epoch: 0, subject }, 1000, 1000, 2, 'laptop'),
      change({ field: 'opens', epoch: 0, device: 'laptop', subject }, 4, 1000, 3, 'laptop'),
      change({ field: 'iv', epoch: 0, device: 'laptop', subject }, [[0, 900]], 1000, 4, 'laptop'),
      change({ field: 'status', subject }, 'done', 1000, 5, 'laptop'),
      // ...the desktop resets it...
      change({ field: 'reset', subject }, resetAt, resetAt, 0, 'desktop'),
      change({ field: 'status', subject }, 'none', resetAt, 1, 'desktop'),
      change({ field: 'pos', subject }, null, resetAt, 2, 'desktop'),
      // ...and the laptop, not yet aware of the reset, keeps writing under the old epoch.
      change({ field: 'furthest', epoch: 0, subject }, 950, 12_000, 0, 'laptop'),
    ];
    const r = seededRandom(42);
    for (let i = 0; i < 20; i++) {
      const progress = deriveProgress(fold(r.shuffle(changes))).get(subject)!;
      expect(progress).toMatchObject({
        epoch: resetAt,
        status: 'none',
        firstOpened: null,
        openCount: 0,
      });
      expect(progress.video?.furthest ?? 0).toBe(0);
      expect(progress.video?.fraction ?? 0).toBe(0);
      expect(progress.video?.intervals ?? []).toEqual([]);
    }
  });

  it('combines the intervals watched on two browsers instead of keeping one of them', () => {
    const subject = SUBJECTS[1]!;
    const changes = [
      change({ field: 'len', epoch: 0, subject }, 1000, 1000, 0, 'laptop'),
      change({ field: 'iv', epoch: 0, device: 'laptop', subject }, [[0, 300]], 2000, 0, 'laptop'),
      change(
        { field: 'iv', epoch: 0, device: 'desktop', subject },
        [[200, 500]],
        1500,
        0,
        'desktop',
      ),
      change(
        { field: 'iv', epoch: 0, device: 'desktop', subject },
        [
          [200, 500],
          [700, 800],
        ],
        3000,
        0,
        'desktop',
      ),
    ];
    for (const order of [changes, [...changes].reverse()]) {
      const video = deriveProgress(fold(order)).get(subject)!.video!;
      expect(video.intervals).toEqual([
        [0, 500],
        [700, 800],
      ]);
      expect(video.fraction).toBeCloseTo(0.6);
    }
  });

  it('adds up the times opened on each browser', () => {
    const subject = SUBJECTS[2]!;
    const changes = [
      change({ field: 'opens', epoch: 0, device: 'laptop', subject }, 1, 1000, 0, 'laptop'),
      change({ field: 'opens', epoch: 0, device: 'laptop', subject }, 2, 2000, 0, 'laptop'),
      change({ field: 'opens', epoch: 0, device: 'desktop', subject }, 3, 1500, 0, 'desktop'),
    ];
    for (const order of [changes, [...changes].reverse()]) {
      expect(deriveProgress(fold(order)).get(subject)!.openCount).toBe(5);
    }
  });
});
