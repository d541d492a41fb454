import { useMemo } from 'preact/hooks';
import type { Curriculum } from '../../shared/curriculum';
import { activeCurriculum } from './active-curriculum';
import { installedCurricula } from './installed-curricula';
import { importedCurriculaStorage, settingsStorage } from './storage';
import { useStorageValue } from './use-storage-value';

export interface CurriculaState {
  /** Every installed curriculum: the bundled ones, then the learner's imports. */
  curricula: Curriculum[];
  /** The one to show (the learner's choice, or the first). */
  active: Curriculum | undefined;
  /** Remembers the learner's choice (settings, so the side panel and badge follow). */
  choose(id: string): Promise<void>;
}

/** The installed curricula and the active one, from local storage; undefined while loading. */
export function useCurricula(): CurriculaState | undefined {
  const imported = useStorageValue(importedCurriculaStorage);
  const settings = useStorageValue(settingsStorage);
  return useMemo(() => {
    if (imported === undefined || settings === undefined) return undefined;
    const curricula = installedCurricula(imported);
    return {
      curricula,
      active: activeCurriculum(curricula, settings.activeCurriculumId),
      choose: async (id: string) => {
        const current = await settingsStorage.getValue();
        await settingsStorage.setValue({ ...current, activeCurriculumId: id });
      },
    };
  }, [imported, settings]);
}
