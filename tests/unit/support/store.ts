import { installedCurricula, isBundled } from '../../../extension/lib/curricula';
import { curriculumDrafts, removalDrafts } from '../../../extension/lib/curriculum-registers';
import { writeRegisters } from '../../../extension/lib/progress-writer';
import { type Settings, settingDrafts } from '../../../extension/lib/settings';
import { registersStorage } from '../../../extension/lib/storage';
import { validRegisters } from '../../../extension/lib/valid-registers';
import type { Curriculum } from '../../../shared/curriculum';

/** Imports curricula as the background's `import-curriculum` call does: into the registers. */
export function importCurricula(...curricula: Curriculum[]) {
  return writeRegisters((registers) => ({
    drafts: curricula.flatMap((c) => curriculumDrafts(c, registers)),
  }));
}

/** Changes settings as the background's `set-settings` call does. */
export function changeSettings(change: Partial<Settings>) {
  return writeRegisters(() => ({ drafts: settingDrafts(change) }));
}

/** Removes an import as the background's `remove-curriculum` call does. */
export function removeCurriculum(id: string) {
  return writeRegisters((registers) => ({ drafts: removalDrafts(id, registers) }));
}

/** The imported curricula installed now (derived from the registers, as every page reads them). */
export async function importedCurricula(): Promise<Curriculum[]> {
  const { registers } = validRegisters(await registersStorage.getValue());
  return installedCurricula(registers).filter((c) => !isBundled(c.id));
}
