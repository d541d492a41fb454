import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../shared/hlc';
import { encodeProgressKey, PROGRESS_MERGE, type ProgressKey } from '../../shared/progress-keys';
import type { Json, Register } from '../../shared/register';
import { deriveProgress } from '../../shared/resource-progress';

const S = 'github.com/o/r/blob/main/slides/a.pdf';
let tick = 0;

/** Registers as the writer stores them. */
function registers(...entries: [ProgressKey, Json][]): Record<string, Register> {
  return Object.fromEntries(
    entries.map(([key, value]) => [
      encodeProgressKey(key),
      { value, hlc: formatHlc(1000, tick++, 'dev'), merge: PROGRESS_MERGE[key.field] },
    ]),
  );
}

describe('deriving progress from registers', () => {
  it('reads first, last, opens and status of a resource', () => {
    const p = deriveProgress(
      registers(
        [{ field: 'first', epoch: 0, subject: S }, 100],
        [{ field: 'last', subject: S }, 300],
        [{ field: 'opens', epoch: 0, device: 'a', subject: S }, 2],
        [{ field: 'status', subject: S }, 'done'],
      ),
    ).get(S);
    expect(p).toMatchObject({
      firstOpened: 100,
      lastOpened: 300,
      openCount: 2,
      status: 'done',
      video: null,
    });
  });

  it('adds up the opens of every device', () => {
    const p = deriveProgress(
      registers(
        [{ field: 'opens', epoch: 0, device: 'laptop', subject: S }, 3],
        [{ field: 'opens', epoch: 0, device: 'desktop', subject: S }, 2],
      ),
    ).get(S);
    expect(p?.openCount).toBe(5);
  });

  it('after a reset, ignores every value recorded under the older epoch, on every device', () => {
    const p = deriveProgress(
      registers(
        [{ field: 'reset', subject: S }, 5000],
        [{ field: 'first', epoch: 0, subject: S }, 100],
        [{ field: 'opens', epoch: 0, device: 'laptop', subject: S }, 3],
        [{ field: 'opens', epoch: 0, device: 'desktop', subject: S }, 4],
        [{ field: 'fraction', epoch: 0, subject: S }, 0.8],
        [{ field: 'status', subject: S }, 'none'],
        [{ field: 'last', subject: S }, null],
      ),
    ).get(S);
    expect(p).toMatchObject({ epoch: 5000, firstOpened: null, openCount: 0, lastOpened: null });
    expect(p?.video).toBeNull();
  });

  it('reads values recorded after the reset, under the new epoch', () => {
    const p = deriveProgress(
      registers(
        [{ field: 'reset', subject: S }, 5000],
        [{ field: 'opens', epoch: 0, device: 'a', subject: S }, 9],
        [{ field: 'opens', epoch: 5000, device: 'a', subject: S }, 1],
        [{ field: 'first', epoch: 5000, subject: S }, 6000],
      ),
    ).get(S);
    expect(p).toMatchObject({ openCount: 1, firstOpened: 6000 });
  });

  it('joins the watched intervals of every device, counting overlaps once', () => {
    const p = deriveProgress(
      registers(
        [{ field: 'dur', subject: 'youtube:x' }, 100],
        [{ field: 'iv', epoch: 0, device: 'a', subject: 'youtube:x' }, [[0, 30]]],
        [
          { field: 'iv', epoch: 0, device: 'b', subject: 'youtube:x' },
          [
            [20, 50],
            [90, 100],
          ],
        ],
        [
          { field: 'pos', subject: 'youtube:x' },
          { seconds: 42, at: 1 },
        ],
      ),
    ).get('youtube:x');
    expect(p?.video?.intervals).toEqual([
      [0, 50],
      [90, 100],
    ]);
    expect(p?.video?.fraction).toBeCloseTo(0.6);
    expect(p?.video?.position).toBe(42);
  });

  it('keeps the larger of the stored watched share and the intervals’ share', () => {
    const p = deriveProgress(
      registers(
        [{ field: 'dur', subject: 'youtube:x' }, 100],
        [{ field: 'fraction', epoch: 0, subject: 'youtube:x' }, 0.9],
        [{ field: 'iv', epoch: 0, device: 'a', subject: 'youtube:x' }, [[0, 10]]],
      ),
    ).get('youtube:x');
    expect(p?.video?.fraction).toBe(0.9);
  });

  it('keeps notes through a reset, sorted by time in the video', () => {
    const p = deriveProgress(
      registers(
        [{ field: 'reset', subject: 'youtube:x' }, 10],
        [
          { field: 'note', noteId: 'b', subject: 'youtube:x' },
          { seconds: 90, text: 'later', at: 2 },
        ],
        [
          { field: 'note', noteId: 'a', subject: 'youtube:x' },
          { seconds: 5, text: 'early', at: 1 },
        ],
        [{ field: 'note', noteId: 'gone', subject: 'youtube:x' }, null],
      ),
    ).get('youtube:x');
    expect(p?.notes.map((n) => n.text)).toEqual(['early', 'later']);
  });

  it('skips keys it cannot read and values of the wrong type', () => {
    const map = deriveProgress({
      ...registers(
        [{ field: 'first', epoch: 0, subject: S }, 'yesterday'],
        [{ field: 'status', subject: S }, 'finished!'],
      ),
      'not-a-progress-key': { value: 1, hlc: formatHlc(1, 0, 'd'), merge: 'lww' },
      'p/opens/abc/dev/x': { value: 1, hlc: formatHlc(1, 0, 'd'), merge: 'max' },
    });
    expect([...map.keys()]).toEqual([S]);
    expect(map.get(S)).toMatchObject({ firstOpened: null, status: 'none' });
  });

  it('keeps resources apart', () => {
    const map = deriveProgress(
      registers(
        [{ field: 'status', subject: 'a' }, 'done'],
        [{ field: 'status', subject: 'b' }, 'skipped'],
      ),
    );
    expect(map.get('a')?.status).toBe('done');
    expect(map.get('b')?.status).toBe('skipped');
  });

  it('reads a duration stored the old way (p/dur/S) until the first reset, and not after', () => {
    const legacy = registers([{ field: 'dur', subject: 'youtube:x' }, 600]);
    expect(deriveProgress(legacy).get('youtube:x')?.video?.duration).toBe(600);
    const reset = { ...legacy, ...registers([{ field: 'reset', subject: 'youtube:x' }, 5000]) };
    expect(deriveProgress(reset).get('youtube:x')?.video).toBeNull();
  });

  it('shows the share the merged intervals cover when it is above the stored one', () => {
    const p = deriveProgress(
      registers(
        [{ field: 'len', epoch: 0, subject: 'youtube:x' }, 100],
        [{ field: 'fraction', epoch: 0, subject: 'youtube:x' }, 0.3],
        [{ field: 'iv', epoch: 0, device: 'a', subject: 'youtube:x' }, [[0, 30]]],
        [{ field: 'iv', epoch: 0, device: 'b', subject: 'youtube:x' }, [[30, 70]]],
      ),
    ).get('youtube:x');
    expect(p?.video).toMatchObject({ fraction: 0.7, furthest: 70 });
  });
});
