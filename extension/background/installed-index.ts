import { createResourceIndex, type ResourceIndex } from '../../shared/resource-index';
import { installedCurricula } from '../lib/installed-curricula';
import { importedCurriculaStorage } from '../lib/storage';

/** The resource index of every installed curriculum, on demand. */
export type InstalledIndex = () => Promise<ResourceIndex>;

/**
 * Builds the index once, and again after the learner imports or removes a curriculum. The
 * background makes one and hands it to every feature that matches URLs.
 */
export function createInstalledIndex(): InstalledIndex {
  let cached: Promise<ResourceIndex> | undefined;
  importedCurriculaStorage.watch(() => {
    cached = undefined;
  });
  return () => {
    if (!cached) {
      const building = importedCurriculaStorage
        .getValue()
        .then((imported) => createResourceIndex(installedCurricula(imported)));
      // A failed read is tried again on the next call rather than remembered.
      building.catch(() => {
        if (cached === building) cached = undefined;
      });
      cached = building;
    }
    return cached;
  };
}
