import type { Curriculum } from '../../shared/curriculum';
import { installedCurricula } from './installed-curricula';
import { importedCurriculaStorage } from './storage';

/** Every curriculum installed: the bundled ones first, then the learner's readable imports. */
export async function loadCurricula(): Promise<Curriculum[]> {
  return installedCurricula(await importedCurriculaStorage.getValue());
}
