import type { Curriculum } from '../../shared/curriculum';

/** The curriculum the popup, side panel and badge show: the chosen one, or else the first. */
export function activeCurriculum(
  curricula: readonly Curriculum[],
  activeId: string | undefined,
): Curriculum | undefined {
  return curricula.find((c) => c.id === activeId) ?? curricula[0];
}
