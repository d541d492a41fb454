/**
 * The installed curricula (installed-curricula.ts) with the bundled ones loaded up front: for
 * the background, the options page and the stats page, which load the book club anyway.
 * The popup and the side panel load it when they need it (use-curricula.ts).
 */
import { bundledCurricula } from '../../shared/curricula';
import type { Curriculum } from '../../shared/curriculum';
import type { Register } from '../../shared/register';
import { installedCurriculaWith } from './installed-curricula';

export {
  activeCurriculum,
  isBundled,
  unreadableCurricula,
} from './installed-curricula';

/** Every installed curriculum, the bundled ones first (installed-curricula.ts). */
export function installedCurricula(registers: Readonly<Record<string, Register>>): Curriculum[] {
  return installedCurriculaWith(registers, bundledCurricula);
}
