/**
 * The learner's preferences (options page, popup's curriculum menu). They are the learner's,
 * not the browser's, so each is a register (`s/<name>`, shared/register-keys.ts) and follows
 * them to every browser they sync; what belongs to one browser only (its device id, clock,
 * outbox, sync account, which popup sections are folded) stays in lib/storage.ts.
 */
import type { Json, Register } from '../../shared/register';
import { paceScheduleKey, settingKey } from '../../shared/register-keys';
import { isPaceSchedule, type PaceSchedule, RECORDED_SCHEDULE } from './pace/pace-schedule';
import type { RegisterDraft } from './progress-writer';

export interface Settings {
  /** A video counts as done once this share of it has been watched (0.5–1). */
  doneThreshold: number;
  /** Seek to the saved position as soon as a video opens without a `t=`. */
  autoResume: boolean;
  /** The curriculum the popup, side panel and badge show. */
  activeCurriculumId: string;
}

export const DEFAULT_SETTINGS: Settings = {
  doneThreshold: 0.9,
  autoResume: false,
  activeCurriculumId: 'dmls-bookclub',
};

/** Keeps a stored threshold within the range the options page offers. */
export function clampDoneThreshold(value: unknown): number {
  const n =
    typeof value === 'number' && Number.isFinite(value) ? value : DEFAULT_SETTINGS.doneThreshold;
  return Math.min(1, Math.max(0.5, n));
}

const NAMES = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/** The settings the registers hold; a missing or unreadable one is its default. */
export function settingsFrom(registers: Readonly<Record<string, Register>>): Settings {
  const value = (name: keyof Settings) => registers[settingKey(name)]?.value;
  const autoResume = value('autoResume');
  const activeId = value('activeCurriculumId');
  return {
    doneThreshold: clampDoneThreshold(value('doneThreshold') ?? undefined),
    autoResume: typeof autoResume === 'boolean' ? autoResume : DEFAULT_SETTINGS.autoResume,
    activeCurriculumId:
      typeof activeId === 'string' ? activeId : DEFAULT_SETTINGS.activeCurriculumId,
  };
}

/** The register changes that store `change`. */
export function settingDrafts(change: Partial<Settings>): RegisterDraft[] {
  return NAMES.filter((name) => change[name] !== undefined).map((name) => ({
    key: settingKey(name),
    value: change[name] as Json,
    merge: 'lww',
  }));
}

/**
 * The schedule the learner follows curriculum `curriculumId`'s sessions at (its own register,
 * `s/pace/<id>`, so two curricula never overwrite each other's); the club's recorded dates
 * until they choose, or when the stored value cannot be read.
 */
export function paceScheduleFrom(
  registers: Readonly<Record<string, Register>>,
  curriculumId: string,
): PaceSchedule {
  const stored = registers[paceScheduleKey(curriculumId)]?.value;
  return isPaceSchedule(stored) ? stored : RECORDED_SCHEDULE;
}

/** The register change that stores a curriculum's schedule. */
export function paceScheduleDraft(curriculumId: string, schedule: PaceSchedule): RegisterDraft {
  return { key: paceScheduleKey(curriculumId), value: schedule as Json, merge: 'lww' };
}
