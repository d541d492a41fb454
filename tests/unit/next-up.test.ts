import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../extension/lib/checklist-model';
import { type NextUp, nextUp } from '../../extension/lib/next-up';
import { type PaceSchedule, RECORDED_SCHEDULE } from '../../extension/lib/pace/pace-schedule';
import type { Curriculum, Item, Section } from '../../shared/curriculum';
import type { ResourceProgress } from '../../shared/resource-progress';

const item = (id: string, kind: Item['kind'] = 'reading'): Item => ({
  id,
  title: id,
  kind,
  url: `https://example.com/${id}`,
  resourceKey: `example.com/${id}`,
});

/** A weekly session (Saturday dates, as the book club's) with its slides and video. */
const session = (n: number, date: string): Section => ({
  id: `session-${n}`,
  title: `Session ${n}`,
  session: { number: n, date, chapter: n },
  items: [item(`slides-${n}`, 'slides'), item(`video-${n}`, 'video')],
  sections: [],
});

const bookClub: Curriculum = {
  id: 'club',
  title: 'Club',
  source: 'test',
  version: 1,
  sections: [
    {
      id: 'sessions',
      title: 'Sessions',
      items: [],
      sections: [session(1, '2024-04-13'), session(2, '2024-04-20'), session(3, '2024-04-27')],
    },
    { id: 'reading', title: 'Reading', items: [item('chapter-1', 'chapter')], sections: [] },
  ],
};

const done = (...ids: string[]) =>
  new Map<string, ResourceProgress>(
    ids.map((id) => [
      `example.com/${id}`,
      {
        subject: `example.com/${id}`,
        epoch: 0,
        firstOpened: null,
        lastOpened: null,
        openCount: 0,
        status: 'done',
        video: null,
        notes: [],
      },
    ]),
  );

const describeNext = (next: NextUp) =>
  next.kind === 'session'
    ? `${next.section.title} (${next.reason}, ${next.recorded ? 'recorded ' : ''}${next.date})`
    : next.kind === 'item'
      ? next.entry.item.id
      : next.kind;

/** Local dates, as the popup reads the clock. */
const on = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12);

describe('next up', () => {
  it('is the session whose recorded date was last, until the next one, labelled recorded', () => {
    const checklist = buildChecklist(bookClub, new Map());
    // Session 2 was recorded on Saturday 20 April 2024; its period runs to Friday 26.
    expect(describeNext(nextUp(checklist, on(2024, 4, 20), RECORDED_SCHEDULE))).toBe(
      'Session 2 (scheduled, recorded 2024-04-20)',
    );
    expect(describeNext(nextUp(checklist, on(2024, 4, 26), RECORDED_SCHEDULE))).toBe(
      'Session 2 (scheduled, recorded 2024-04-20)',
    );
    expect(describeNext(nextUp(checklist, on(2024, 4, 27), RECORDED_SCHEDULE))).toBe(
      'Session 3 (scheduled, recorded 2024-04-27)',
    );
  });

  it('follows my own pace: from the start date I chose, one session every N days', () => {
    const checklist = buildChecklist(bookClub, new Map());
    const weekly: PaceSchedule = { kind: 'own-pace', start: '2026-03-02', everyDays: 7 };
    expect(describeNext(nextUp(checklist, on(2026, 3, 1), weekly))).toBe(
      'Session 1 (next-unfinished, 2026-03-02)',
    );
    expect(describeNext(nextUp(checklist, on(2026, 3, 10), weekly))).toBe(
      'Session 2 (scheduled, 2026-03-09)',
    );
    const everyThreeDays: PaceSchedule = { kind: 'own-pace', start: '2026-03-02', everyDays: 3 };
    expect(describeNext(nextUp(checklist, on(2026, 3, 10), everyThreeDays))).toBe(
      'Session 3 (scheduled, 2026-03-08)',
    );
  });

  it('is the next unfinished session when this week has none (before or after the club)', () => {
    const before = buildChecklist(bookClub, new Map());
    expect(describeNext(nextUp(before, on(2024, 1, 1), RECORDED_SCHEDULE))).toBe(
      'Session 1 (next-unfinished, recorded 2024-04-13)',
    );
    const after = buildChecklist(bookClub, done('slides-1', 'video-1'));
    expect(describeNext(nextUp(after, on(2025, 1, 1), RECORDED_SCHEDULE))).toBe(
      'Session 2 (next-unfinished, recorded 2024-04-20)',
    );
  });

  it('moves on when the scheduled session is already finished', () => {
    const checklist = buildChecklist(bookClub, done('slides-2', 'video-2'));
    expect(describeNext(nextUp(checklist, on(2024, 4, 22), RECORDED_SCHEDULE))).toBe(
      'Session 1 (next-unfinished, recorded 2024-04-13)',
    );
  });

  it('is the first unfinished item once every session is finished', () => {
    const checklist = buildChecklist(
      bookClub,
      done('slides-1', 'video-1', 'slides-2', 'video-2', 'slides-3', 'video-3'),
    );
    expect(describeNext(nextUp(checklist, on(2024, 4, 18), RECORDED_SCHEDULE))).toBe('chapter-1');
  });

  it('is the first unfinished item of a curriculum without sessions', () => {
    const plain: Curriculum = { ...bookClub, sections: [bookClub.sections[1]!] };
    expect(
      describeNext(nextUp(buildChecklist(plain, new Map()), on(2024, 4, 18), RECORDED_SCHEDULE)),
    ).toBe('chapter-1');
    expect(
      describeNext(
        nextUp(buildChecklist(plain, done('chapter-1')), on(2024, 4, 18), RECORDED_SCHEDULE),
      ),
    ).toBe('all-finished');
  });

  it('says so when the curriculum has no items', () => {
    const empty: Curriculum = { ...bookClub, sections: [] };
    expect(nextUp(buildChecklist(empty, new Map()), on(2024, 4, 18), RECORDED_SCHEDULE).kind).toBe(
      'empty',
    );
  });
});
