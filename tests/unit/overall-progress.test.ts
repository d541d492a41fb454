import { describe, expect, it } from 'vitest';
import { badgeLabel } from '../../extension/lib/badge-label';
import { buildChecklist } from '../../extension/lib/checklist-model';
import { overallProgress } from '../../extension/lib/overall-progress';
import type { Curriculum } from '../../shared/curriculum';
import type { ResourceProgress } from '../../shared/resource-progress';

const keys = ['a', 'b', 'c', 'd'];
const curriculum: Curriculum = {
  id: 'four',
  title: 'Four',
  source: 'test',
  version: 1,
  sections: [
    {
      id: 's',
      title: 'S',
      items: keys.map((id) => ({ id, title: id, kind: 'video' as const, resourceKey: id })),
      sections: [],
    },
  ],
};

const progress = (key: string, p: Partial<ResourceProgress>): [string, ResourceProgress] => [
  key,
  {
    subject: key,
    epoch: 0,
    firstOpened: null,
    lastOpened: null,
    openCount: 0,
    status: 'none',
    video: null,
    notes: [],
    ...p,
  },
];
const watched = (fraction: number) => ({
  openCount: 1,
  video: { duration: 600, furthest: 600 * fraction, fraction, intervals: [], position: null },
});
const overall = (...entries: [string, ResourceProgress][]) =>
  overallProgress(buildChecklist(curriculum, new Map(entries)));

describe('overall progress', () => {
  it('is 0 and the badge blank before anything happens', () => {
    expect(overall().percent).toBe(0);
    expect(badgeLabel(overall())).toBe('');
    expect(badgeLabel(null)).toBe('');
  });

  it('counts the share of a video watched, not only finished items', () => {
    // An hour of video: half of one, all but a tenth of another; nothing ticked.
    const p = overall(progress('a', watched(0.5)), progress('b', watched(0.9)));
    expect(p.percent).toBe(35);
    expect(badgeLabel(p)).toBe('35%');
  });

  it('counts an opened item a quarter, and a started video at least that', () => {
    expect(overall(progress('a', { openCount: 1 })).percent).toBe(6);
    expect(overall(progress('a', watched(0.04))).percent).toBe(6);
  });

  it('leaves skipped items out, and counts done items whole', () => {
    const p = overall(
      progress('a', { status: 'done' }),
      progress('b', { status: 'skipped' }),
      progress('c', { status: 'skipped' }),
    );
    expect([p.counted, p.percent]).toEqual([2, 50]);
  });

  it('never says 0 % once something happened, nor 100 % before the end', () => {
    const big: Curriculum = {
      ...curriculum,
      sections: [
        {
          ...curriculum.sections[0]!,
          items: Array.from({ length: 500 }, (_, i) => ({
            id: `i${i}`,
            title: `i${i}`,
            kind: 'reading' as const,
            resourceKey: `i${i}`,
          })),
        },
      ],
    };
    const opened = overallProgress(
      buildChecklist(big, new Map([progress('i0', { openCount: 1 })])),
    );
    expect(badgeLabel(opened)).toBe('1%');
    const done = new Map(
      Array.from({ length: 499 }, (_, i) => progress(`i${i}`, { status: 'done' })),
    );
    expect(overallProgress(buildChecklist(big, done)).percent).toBe(99);
    done.set(...progress('i499', { status: 'done' }));
    expect(overallProgress(buildChecklist(big, done)).percent).toBe(100);
  });
});
