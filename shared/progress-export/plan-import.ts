import type { Curriculum } from '../curriculum';
import { decodeProgressKey, type ProgressField } from '../progress-keys';
import { mergeRegister, type Register } from '../register';
import type { ReadalongExport } from './export-format';

/** What a register is, in the words of the summary a learner reads before importing. */
export type ImportKind = 'marks' | 'notes' | 'resume points' | 'watching' | 'visits' | 'other';

const KIND_OF: Record<ProgressField, ImportKind> = {
  status: 'marks',
  reset: 'marks',
  note: 'notes',
  pos: 'resume points',
  dur: 'watching',
  len: 'watching',
  furthest: 'watching',
  fraction: 'watching',
  iv: 'watching',
  first: 'visits',
  last: 'visits',
  opens: 'visits',
};

export interface ImportPlan {
  /** The registers to write: each one the file's value where it wins the merge. */
  writes: Record<string, Register>;
  /** Curricula of the file that this browser does not have (by id): to add. */
  curriculaToAdd: Curriculum[];
  summary: {
    /** Registers the file adds (new keys) and updates (its value is newer). */
    added: number;
    updated: number;
    /** Registers equal here and in the file. */
    unchanged: number;
    /** Registers where this browser's value is newer: kept. */
    keptNewer: number;
    /** Registers added or updated, by kind. */
    byKind: Partial<Record<ImportKind, number>>;
    /** Titles of the curricula to add. */
    curriculaAdded: string[];
    /** Titles of curricula this browser has under the same id but with other content: kept. */
    curriculaKept: string[];
  };
}

/**
 * What importing `file` into this browser would change, before changing anything. Registers
 * merge by the sync rule (`mergeRegister`): the file's value is written only where it wins, so
 * an older value never replaces a newer one, and planning again after applying finds nothing to
 * write (safe to import twice). A curriculum is added when no curriculum here has its id; one
 * with the same id is left as it is (the learner may have re-imported it since).
 */
export function planImport(
  current: { registers: Readonly<Record<string, Register>>; curricula: readonly Curriculum[] },
  file: ReadalongExport,
): ImportPlan {
  const plan: ImportPlan = {
    writes: {},
    curriculaToAdd: [],
    summary: {
      added: 0,
      updated: 0,
      unchanged: 0,
      keptNewer: 0,
      byKind: {},
      curriculaAdded: [],
      curriculaKept: [],
    },
  };
  const { summary } = plan;
  for (const [key, incoming] of Object.entries(file.registers)) {
    const here = current.registers[key];
    const merged = mergeRegister(here, { key, ...incoming });
    if (merged === here) {
      if (sameRegister(here, incoming)) summary.unchanged++;
      else summary.keptNewer++;
      continue;
    }
    plan.writes[key] = merged;
    if (here) summary.updated++;
    else summary.added++;
    const kind = kindOf(key);
    summary.byKind[kind] = (summary.byKind[kind] ?? 0) + 1;
  }
  const installed = new Map(current.curricula.map((c) => [c.id, c]));
  for (const curriculum of file.curricula) {
    const here = installed.get(curriculum.id);
    if (!here) {
      plan.curriculaToAdd.push(curriculum);
      summary.curriculaAdded.push(curriculum.title);
      installed.set(curriculum.id, curriculum);
    } else if (JSON.stringify(here) !== JSON.stringify(curriculum)) {
      summary.curriculaKept.push(here.title);
    }
  }
  return plan;
}

/** The registers after the plan is applied. */
export function applyImportPlan(
  registers: Readonly<Record<string, Register>>,
  plan: ImportPlan,
): Record<string, Register> {
  return { ...registers, ...plan.writes };
}

function kindOf(key: string): ImportKind {
  const decoded = decodeProgressKey(key);
  return decoded ? KIND_OF[decoded.field] : 'other';
}

function sameRegister(a: Register | undefined, b: Register): boolean {
  return a !== undefined && a.hlc === b.hlc && JSON.stringify(a.value) === JSON.stringify(b.value);
}
