/**
 * A learner's progress as the extension writes it, for the sync cases: registers of every
 * kind (shared/progress-keys.ts) over a mix of resources (YouTube videos, GitHub files, docs
 * pages), as two devices would leave them after months of use: first and last opened, opens
 * per device, statuses, resume positions, video lengths, watched intervals per device, the
 * share watched, and a note now and then. Deterministic: the same `count` gives the same
 * registers, so Readalong and PouchDB are handed the same records.
 */
import { formatHlc } from '../../shared/hlc';
import { encodeProgressKey, PROGRESS_MERGE, type ProgressKey } from '../../shared/progress-keys';
import type { Change, Json } from '../../shared/register';

const DEVICES = ['k3v9x2m1qa', 'p8d2w7c4zt'];
/** Stamps start ~90 days back, so the server (which refuses HLCs from the future) takes them. */
const START_MS = Date.UTC(2026, 0, 5, 18, 0, 0);

/** A seeded generator (mulberry32): same seed, same sequence. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The resource key of resource n, in the three shapes real curricula have. */
function subjectOf(n: number): { subject: string; video: boolean } {
  switch (n % 4) {
    case 0:
    case 1:
      return { subject: `youtube:${String(n).padStart(6, '0')}Xb_q9`, video: true };
    case 2:
      return {
        subject: `github.com/chiphuyen/dmls-book/blob/main/chapter-${n % 11}/notebook-${n}.ipynb`,
        video: false,
      };
    default:
      return {
        subject: `docs.example-ml.org/guide/section-${n % 37}/feature-stores-and-serving-${n}`,
        video: false,
      };
  }
}

/** The registers one resource has after use; video ones have many more. */
function resourceRegisters(n: number, next: () => number): Array<[ProgressKey, Json]> {
  const { subject, video } = subjectOf(n);
  const at = START_MS + Math.floor(next() * 80 * 86_400_000);
  const out: Array<[ProgressKey, Json]> = [
    [{ field: 'first', epoch: 0, subject }, at],
    [{ field: 'last', subject }, at + Math.floor(next() * 5 * 86_400_000)],
    [{ field: 'opens', epoch: 0, device: DEVICES[0]!, subject }, 1 + Math.floor(next() * 6)],
  ];
  if (next() < 0.5) out.push([{ field: 'opens', epoch: 0, device: DEVICES[1]!, subject }, 1]);
  const roll = next();
  if (roll < 0.55) out.push([{ field: 'status', subject }, roll < 0.5 ? 'done' : 'skipped']);
  if (video) {
    const duration = 600 + Math.floor(next() * 3000);
    const watched = Math.floor(duration * (0.2 + next() * 0.8));
    out.push(
      [{ field: 'dur', subject }, duration],
      [
        { field: 'pos', subject },
        { seconds: watched, at: at + 3_600_000 },
      ],
      [
        { field: 'iv', epoch: 0, device: DEVICES[0]!, subject },
        [
          [0, Math.floor(watched / 2)],
          [Math.floor(watched / 2) + 30, watched],
        ],
      ],
      [{ field: 'furthest', epoch: 0, subject }, watched],
      [{ field: 'fraction', epoch: 0, subject }, Math.round((watched / duration) * 1000) / 1000],
    );
    if (next() < 0.4) {
      out.push([{ field: 'iv', epoch: 0, device: DEVICES[1]!, subject }, [[0, watched / 3]]]);
    }
  }
  if (next() < 0.08) {
    out.push([
      { field: 'note', noteId: `n${n}`, subject },
      {
        seconds: video ? 120 : null,
        text: 'Compare with the batch vs. online feature computation from chapter 7.',
        at: at + 7_200_000,
      },
    ]);
  }
  return out;
}

/** `count` registers as the changes that wrote them, oldest first. */
export function realisticRegisters(count: number, seed = 1): Change[] {
  const next = random(seed);
  const changes: Change[] = [];
  for (let n = 0; changes.length < count; n++) {
    for (const [key, value] of resourceRegisters(n, next)) {
      if (changes.length === count) break;
      const device = DEVICES[changes.length % 2]!;
      changes.push({
        key: encodeProgressKey(key),
        value,
        hlc: formatHlc(START_MS + changes.length * 1000, 0, device),
        merge: PROGRESS_MERGE[key.field],
      });
    }
  }
  return changes;
}
