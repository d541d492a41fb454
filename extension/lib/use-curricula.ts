import { useMemo } from 'preact/hooks';
import type { Curriculum } from '../../shared/curriculum';
import { useBundledCurricula } from './bundled-curricula';
import { call } from './call';
import { activeCurriculum, installedCurriculaWith } from './installed-curricula';
import type { PaceSchedule } from './pace/pace-schedule';
import { paceScheduleFrom, settingsFrom } from './settings';
import { useRegisters } from './use-registers';

export interface CurriculaState {
  /** Every installed curriculum: the bundled ones, then the learner's imports. */
  curricula: Curriculum[];
  /** The one to show (the learner's choice, or the first). */
  active: Curriculum | undefined;
  /** The schedule the learner follows a curriculum's sessions at (synced). */
  scheduleOf(curriculumId: string): PaceSchedule;
  /** Remembers the learner's choice (a setting, so the side panel and badge follow). */
  choose(id: string): Promise<void>;
}

/**
 * The installed curricula and the active one, from the registers; undefined while loading.
 * The bundled curricula are waited for only when the active one is not an import: a page
 * showing an import draws it first, and the bundled ones join the list right after.
 */
export function useCurricula(): CurriculaState | undefined {
  const registers = useRegisters();
  const activeId = registers && settingsFrom(registers).activeCurriculumId;
  const imports = useMemo(
    () => (registers === undefined ? undefined : installedCurriculaWith(registers, [])),
    [registers],
  );
  const activeIsImport = imports?.some((c) => c.id === activeId) ?? false;
  const bundled = useBundledCurricula(imports !== undefined && !activeIsImport);
  return useMemo(() => {
    if (registers === undefined || (bundled === undefined && !activeIsImport)) return undefined;
    const curricula = bundled ? installedCurriculaWith(registers, bundled) : imports!;
    return {
      curricula,
      active: activeCurriculum(curricula, activeId),
      scheduleOf: (curriculumId: string) => paceScheduleFrom(registers, curriculumId),
      choose: (id: string) => call('set-settings', { activeCurriculumId: id }),
    };
  }, [registers, bundled, imports, activeIsImport, activeId]);
}
