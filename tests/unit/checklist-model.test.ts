import { describe, expect, it } from 'vitest';
import {
  allEntries,
  buildChecklist,
  filterChecklist,
  percentFinished,
  sectionResourceKeys,
} from '../../extension/lib/checklist-model';
import type { Curriculum, Item, Section } from '../../shared/curriculum';
import type { ResourceProgress } from '../../shared/resource-progress';

const item = (id: string, title: string, kind: Item['kind'] = 'reading'): Item => ({
  id,
  title,
  kind,
  url: `https://example.com/${id}`,
  resourceKey: `example.com/${id}`,
});
const section = (id: string, title: string, items: Item[], sections: Section[] = []): Section => ({
  id,
  title,
  items,
  sections,
});

const curriculum: Curriculum = {
  id: 'course',
  title: 'A course',
  source: 'test',
  version: 1,
  sections: [
    section(
      'basics',
      'Basics',
      [item('intro', 'Introduction'), item('setup', 'Setting up')],
      [section('extra', 'Extra reading', [item('café', 'Le café des données', 'blog')])],
    ),
    section('advanced', 'Advanced', [
      item('scale', 'Scaling out', 'video'),
      item('intro-again', 'Introduction (again)'),
    ]),
  ],
};
// The same resource listed twice is one resource: ticking it ticks both listings.
curriculum.sections[1]!.items[1]!.resourceKey = 'example.com/intro';

function progress(status: ResourceProgress['status'], openCount = 0): ResourceProgress {
  return {
    subject: '',
    epoch: 0,
    firstOpened: openCount > 0 ? 1 : null,
    lastOpened: openCount > 0 ? 1 : null,
    openCount,
    status,
    video: null,
    notes: [],
  };
}

const progressMap = new Map<string, ResourceProgress>([
  ['example.com/intro', progress('done', 1)],
  ['example.com/setup', progress('none', 2)],
  ['example.com/café', progress('skipped')],
]);

describe('checklist model', () => {
  const checklist = buildChecklist(curriculum, progressMap);

  it('gives every item its state, by resource key', () => {
    const states = Object.fromEntries(
      [...allEntries(checklist.sections)].map((e) => [e.item.id, e.state.kind]),
    );
    expect(states).toEqual({
      intro: 'done',
      setup: 'opened',
      café: 'skipped',
      scale: 'not-started',
      'intro-again': 'done',
    });
  });

  it('totals each section with its sub-sections, counting skipped as finished', () => {
    const [basics, advanced] = checklist.sections;
    expect(basics?.totals).toEqual({ done: 1, skipped: 1, started: 3, total: 3 });
    expect(basics?.sections[0]?.totals).toEqual({ done: 0, skipped: 1, started: 1, total: 1 });
    expect(advanced?.totals).toEqual({ done: 1, skipped: 0, started: 1, total: 2 });
    expect(checklist.totals).toEqual({ done: 2, skipped: 1, started: 4, total: 5 });
    expect(percentFinished(checklist.totals)).toBe(60);
  });

  it('rounds percentages down, so 100% means everything is finished', () => {
    expect(percentFinished({ done: 199, skipped: 0, started: 199, total: 200 })).toBe(99);
    expect(percentFinished({ done: 0, skipped: 0, started: 0, total: 0 })).toBe(0);
  });

  it('gives sections keys unique within the curriculum', () => {
    expect(checklist.sections[0]?.sections[0]?.key).toBe('basics/extra');
    expect(checklist.sections[0]?.sections[0]?.depth).toBe(1);
  });

  it('shows a tick at once when asked to, before it is stored', () => {
    const optimistic = buildChecklist(
      curriculum,
      progressMap,
      new Map([
        ['example.com/scale', 'done' as const],
        ['example.com/intro', 'none' as const],
      ]),
    );
    const states = Object.fromEntries(
      [...allEntries(optimistic.sections)].map((e) => [e.item.id, e.state.kind]),
    );
    expect(states.scale).toBe('done');
    expect(states.intro).toBe('opened');
  });

  it('filters by words in any order, ignoring case and accents', () => {
    const shown = filterChecklist(checklist, { text: 'CAFE le', onlyUnfinished: false });
    expect([...allEntries(shown.sections)].map((e) => e.item.id)).toEqual(['café']);
  });

  it('matches words in section titles and kinds too', () => {
    const bySection = filterChecklist(checklist, { text: 'advanced', onlyUnfinished: false });
    expect([...allEntries(bySection.sections)].map((e) => e.item.id)).toEqual([
      'scale',
      'intro-again',
    ]);
    const byKind = filterChecklist(checklist, { text: 'video', onlyUnfinished: false });
    expect([...allEntries(byKind.sections)].map((e) => e.item.id)).toEqual(['scale']);
  });

  it('keeps only unfinished items when asked, dropping sections left empty', () => {
    const shown = filterChecklist(checklist, { text: '', onlyUnfinished: true });
    expect([...allEntries(shown.sections)].map((e) => e.item.id)).toEqual(['setup', 'scale']);
    expect(shown.sections[0]?.sections).toEqual([]);
  });

  it('keeps whole-section totals under a filter', () => {
    const shown = filterChecklist(checklist, { text: 'scaling', onlyUnfinished: false });
    expect(shown.sections.map((s) => s.title)).toEqual(['Advanced']);
    expect(shown.sections[0]?.totals.total).toBe(2);
  });

  it('returns the checklist itself when no filter is set', () => {
    expect(filterChecklist(checklist, { text: '  ', onlyUnfinished: false })).toBe(checklist);
  });

  it('lists each resource of a section once, for a section reset', () => {
    expect(sectionResourceKeys(checklist.sections[0]!)).toEqual([
      'example.com/intro',
      'example.com/setup',
      'example.com/café',
    ]);
    expect(checklist.sections.flatMap(sectionResourceKeys)).toContain('example.com/scale');
  });
});
