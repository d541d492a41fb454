import { bundledCurricula } from '../../shared/curricula';
import type { Curriculum } from '../../shared/curriculum';
import { importedCurriculaStorage } from './storage';

/** Every curriculum installed: the bundled ones first, then the learner's imports. */
export async function loadCurricula(): Promise<Curriculum[]> {
  const imported = await importedCurriculaStorage.getValue();
  const bundledIds = new Set(bundledCurricula.map((c) => c.id));
  return [...bundledCurricula, ...imported.filter((c) => !bundledIds.has(c.id))];
}
