/**
 * How the learner arranges their curricula: their own title for one (`t/<id>`) and the order
 * of the list (`o/curricula`), both registers (shared/register-keys.ts), so they follow the
 * learner to every browser. The curriculum itself is never edited: a re-import keeps the title
 * the learner gave it.
 */
import type { Curriculum } from '../../shared/curriculum';
import type { Register } from '../../shared/register';
import { CURRICULUM_ORDER_KEY, curriculumTitleKey } from '../../shared/register-keys';
import type { RegisterDraft } from './progress-writer';

/** The longest title a learner can give a curriculum (the curriculum format's limit). */
export const MAX_CURRICULUM_TITLE = 200;

/** `curricula` in the learner's order (ids it does not name keep their place after), retitled. */
export function arrangeCurricula(
  curricula: readonly Curriculum[],
  registers: Readonly<Record<string, Register>>,
): Curriculum[] {
  const order = registers[CURRICULUM_ORDER_KEY]?.value;
  const rank = new Map<string, number>(
    Array.isArray(order)
      ? order.flatMap((id, n) => (typeof id === 'string' ? [[id, n] as const] : []))
      : [],
  );
  const place = (c: Curriculum, n: number) => rank.get(c.id) ?? rank.size + n;
  return curricula
    .map((curriculum, n) => ({ curriculum, at: place(curriculum, n) }))
    .sort((a, b) => a.at - b.at)
    .map(({ curriculum }) => {
      const title = registers[curriculumTitleKey(curriculum.id)]?.value;
      return typeof title === 'string' && title.trim() ? { ...curriculum, title } : curriculum;
    });
}

/** The register change that gives curriculum `id` the learner's `title` (blank: its own). */
export function renameDrafts(id: string, title: string): RegisterDraft[] {
  const trimmed = title.trim().slice(0, MAX_CURRICULUM_TITLE);
  return [{ key: curriculumTitleKey(id), value: trimmed || null, merge: 'lww' }];
}

/** The register change that puts the curricula in the order of `ids`. */
export function orderDrafts(ids: readonly string[]): RegisterDraft[] {
  return [{ key: CURRICULUM_ORDER_KEY, value: [...new Set(ids)], merge: 'lww' }];
}
