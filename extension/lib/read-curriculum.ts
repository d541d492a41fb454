/**
 * What the registers say about an imported curriculum (the format: curriculum-registers.ts):
 * its head, its parts joined and checked against the head's hash, and the curriculum checked
 * for what a page needs to draw it (curriculum-shape.ts). Loaded by every extension page, so
 * it imports nothing that needs zod.
 */
import type { Curriculum } from '../../shared/curriculum';
import type { Register } from '../../shared/register';
import { curriculumHeadKey, curriculumPartKey as partKey } from '../../shared/register-keys';
import { stableHash } from '../../shared/stable-hash';
import { curriculumShapeProblem } from './curriculum-shape';

export type ReadCurriculum =
  | { kind: 'removed' }
  | { kind: 'curriculum'; curriculum: Curriculum }
  /** Parts still on their way, or a value that is not a valid curriculum. */
  | { kind: 'unreadable'; reason: string };

/** What the registers say about curriculum `id`. */
export function readCurriculum(
  id: string,
  registers: Readonly<Record<string, unknown>>,
): ReadCurriculum {
  const head = (registers[curriculumHeadKey(id)] as Partial<Register> | undefined)?.value;
  if (head === null || head === undefined) return { kind: 'removed' };
  if (typeof head !== 'object' || Array.isArray(head)) {
    return { kind: 'unreadable', reason: 'not a curriculum' };
  }
  let value: unknown = head.curriculum;
  if (value === undefined) {
    const { hash, parts } = head;
    if (typeof hash !== 'string' || typeof parts !== 'number') {
      return { kind: 'unreadable', reason: 'not a curriculum' };
    }
    let json = '';
    for (let n = 0; n < parts; n++) {
      const part = (registers[partKey(id, hash, n)] as Partial<Register> | undefined)?.value;
      if (typeof part !== 'string')
        return { kind: 'unreadable', reason: `part ${n + 1} of ${parts} is missing` };
      json += part;
    }
    if (stableHash(json) !== hash) return { kind: 'unreadable', reason: 'its parts do not match' };
    try {
      value = JSON.parse(json);
    } catch {
      return { kind: 'unreadable', reason: 'its parts are not JSON' };
    }
  }
  const problem = curriculumShapeProblem(value, id);
  if (problem !== null) return { kind: 'unreadable', reason: problem };
  return { kind: 'curriculum', curriculum: value as Curriculum };
}
