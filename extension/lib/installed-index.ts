import { createResourceIndex, type ResourceIndex } from '../../shared/resource-index';
import { installedCurricula } from './installed-curricula';
import { importedCurriculaStorage } from './storage';

let cached: Promise<ResourceIndex> | undefined;
let watching = false;

/**
 * The resource index of every installed curriculum, built once and rebuilt after the learner
 * imports or removes one (background).
 */
export function installedIndex(): Promise<ResourceIndex> {
  if (!watching) {
    watching = true;
    importedCurriculaStorage.watch(() => {
      cached = undefined;
    });
  }
  cached ??= importedCurriculaStorage
    .getValue()
    .then((imported) => createResourceIndex(installedCurricula(imported)));
  // A failed read is tried again on the next call rather than remembered.
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
