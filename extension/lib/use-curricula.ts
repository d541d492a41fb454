import { useMemo } from 'preact/hooks';
import type { Curriculum } from '../../shared/curriculum';
import { call } from './call';
import { activeCurriculum, installedCurricula } from './curricula';
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

/** The installed curricula and the active one, from the registers; undefined while loading. */
export function useCurricula(): CurriculaState | undefined {
  const registers = useRegisters();
  return useMemo(() => {
    if (registers === undefined) return undefined;
    const curricula = installedCurricula(registers);
    return {
      curricula,
      active: activeCurriculum(curricula, settingsFrom(registers).activeCurriculumId),
      scheduleOf: (curriculumId: string) => paceScheduleFrom(registers, curriculumId),
      choose: (id: string) => call('set-settings', { activeCurriculumId: id }),
    };
  }, [registers]);
}
