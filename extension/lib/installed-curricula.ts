import { bundledCurricula } from '../../shared/curricula';
import { type Curriculum, curriculumSchema } from '../../shared/curriculum';

/**
 * The bundled curricula first, then the learner's imports (an import never hides a bundled
 * one). A stored import that no longer reads as a curriculum is left out here, not deleted.
 */
export function installedCurricula(imported: unknown): Curriculum[] {
  const bundledIds = new Set(bundledCurricula.map((c) => c.id));
  const list: unknown[] = Array.isArray(imported) ? imported : [];
  const readable = list.flatMap((c) => {
    const parsed = curriculumSchema.safeParse(c);
    return parsed.success && !bundledIds.has(parsed.data.id) ? [parsed.data] : [];
  });
  return [...bundledCurricula, ...readable];
}
