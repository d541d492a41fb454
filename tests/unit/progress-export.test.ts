import { describe, expect, it } from 'vitest';
import type { Curriculum } from '../../shared/curriculum';
import { formatHlc } from '../../shared/hlc';
import { importMarkdown } from '../../shared/markdown-import/import-markdown';
import { buildExport, exportFileName } from '../../shared/progress-export/build-export';
import { applyImportPlan, planImport } from '../../shared/progress-export/plan-import';
import { readExport } from '../../shared/progress-export/read-export';
import { encodeProgressKey, type ProgressKey } from '../../shared/progress-keys';
import type { Json, MergeRule, Register } from '../../shared/register';

const T0 = Date.UTC(2026, 5, 1, 9, 0, 0);
const video = 'youtube:spFsPbDw7Lg';
const slides =
  'github.com/mlops-discord/dmls-bookclub/blob/main/slides/chapter1-20240413-chad-shaplv.pdf';

function register(
  key: ProgressKey,
  value: Json,
  msAfter: number,
  merge: MergeRule,
): [string, Register] {
  return [encodeProgressKey(key), { value, hlc: formatHlc(T0 + msAfter, 0, 'devA'), merge }];
}

/** A learner's day: slides ticked, a video half watched with a note and a resume point. */
const registers: Record<string, Register> = Object.fromEntries([
  register({ field: 'status', subject: slides }, 'done', 1, 'lww'),
  register({ field: 'first', epoch: 0, subject: video }, T0, 2, 'min'),
  register({ field: 'opens', epoch: 0, device: 'devA', subject: video }, 2, 3, 'max'),
  register({ field: 'fraction', epoch: 0, subject: video }, 0.5, 4, 'max'),
  register({ field: 'pos', subject: video }, { seconds: 754, at: T0 }, 5, 'lww'),
  register(
    { field: 'note', noteId: 'n1', subject: video },
    { seconds: 754, text: 'Feature stores', at: T0 },
    6,
    'lww',
  ),
]);
const imported: Curriculum = importMarkdown('# My list\n- [Talk](https://youtu.be/spFsPbDw7Lg)', {
  source: 'my-list.md',
});
const settings = { doneThreshold: 0.8, autoResume: true, activeCurriculumId: imported.id };
const file = buildExport({ registers, curricula: [imported], settings, now: T0 + 1000 });
const empty = { registers: {}, curricula: [] as Curriculum[] };

describe('export file', () => {
  it('is versioned, dated and named by its day', () => {
    expect(file).toMatchObject({
      format: 'readalong-export',
      version: 1,
      exportedAt: '2026-06-01T09:00:01.000Z',
    });
    expect(exportFileName(T0)).toBe('readalong-2026-06-01.json');
  });

  it('round trip: export, then import into empty registers, gives the same state', () => {
    const reading = readExport(JSON.stringify(file, null, 2));
    if (!reading.ok) throw new Error(reading.message);
    const plan = planImport(empty, reading.file);
    expect(applyImportPlan({}, plan)).toEqual(registers);
    expect(plan.curriculaToAdd).toEqual([imported]);
    expect(reading.file.settings).toEqual(settings);
    expect(plan.summary).toEqual({
      added: 6,
      updated: 0,
      unchanged: 0,
      keptNewer: 0,
      byKind: { marks: 1, visits: 2, watching: 1, 'resume points': 1, notes: 1 },
      curriculaAdded: ['My list'],
      curriculaKept: [],
    });
  });

  it('is safe to import twice: the second import changes nothing', () => {
    const after = applyImportPlan({}, planImport(empty, file));
    const again = planImport({ registers: after, curricula: [imported] }, file);
    expect(again.writes).toEqual({});
    expect(again.curriculaToAdd).toEqual([]);
    expect(again.summary).toMatchObject({ added: 0, updated: 0, unchanged: 6, keptNewer: 0 });
  });

  it('never puts an older value over a newer one, by the sync rules', () => {
    const [statusKey] = register({ field: 'status', subject: slides }, 'none', 50, 'lww');
    const [fractionKey] = register({ field: 'fraction', epoch: 0, subject: video }, 0.9, 0, 'max');
    const [posKey] = register({ field: 'pos', subject: video }, { seconds: 10, at: T0 }, 0, 'lww');
    const here: Record<string, Register> = {
      // Unticked here after the export was made: newer, kept.
      [statusKey]: { value: 'none', hlc: formatHlc(T0 + 50, 0, 'devB'), merge: 'lww' },
      // Watched more here: a max register keeps the greater share.
      [fractionKey]: { value: 0.9, hlc: formatHlc(T0, 0, 'devB'), merge: 'max' },
      // An older resume point here: the file's newer one wins.
      [posKey]: { value: { seconds: 10, at: T0 }, hlc: formatHlc(T0, 0, 'devB'), merge: 'lww' },
    };
    const plan = planImport({ registers: here, curricula: [] }, file);
    expect(Object.keys(plan.writes).sort()).toEqual(
      Object.keys(registers)
        .filter((k) => k !== statusKey && k !== fractionKey)
        .sort(),
    );
    expect(plan.writes[posKey]?.value).toEqual({ seconds: 754, at: T0 });
    expect(plan.summary).toMatchObject({ added: 3, updated: 1, keptNewer: 2 });
  });

  it('keeps a curriculum this browser already has under the same id', () => {
    const edited = { ...imported, title: 'My list, re-imported' };
    const plan = planImport({ registers: {}, curricula: [edited] }, file);
    expect(plan.curriculaToAdd).toEqual([]);
    expect(plan.summary.curriculaKept).toEqual(['My list, re-imported']);
  });
});

describe('readExport: a file that is not an export gets a sentence', () => {
  const message = (text: string) => {
    const reading = readExport(text);
    return reading.ok ? '' : reading.message;
  };

  it('not JSON, other JSON, a newer format, a damaged file', () => {
    expect(message('# Notes')).toMatch(
      /^This file is not a Readalong export \(it is not JSON\)\. Choose the \.json file/,
    );
    expect(message('{"curricula": []}')).toMatch(/^This JSON file is not a Readalong export\./);
    expect(message(JSON.stringify({ ...file, version: 2 }))).toBe(
      'This export comes from a newer Readalong (format 2). Update Readalong in this browser, then import it again.',
    );
    const damaged = {
      ...file,
      registers: { 'p/status/x': { value: 'done', hlc: 'yesterday', merge: 'lww' } },
    };
    expect(message(JSON.stringify(damaged))).toMatch(
      /^This Readalong export is damaged \(at registers\.p\/status\/x\.hlc: .*\)\. Export again/,
    );
  });
});
