/**
 * The installed curricula, derived: the bundled ones first, then every import the registers
 * hold (`c/<id>`, lib/curriculum-registers.ts), in the order they were first written, unless
 * the learner reordered them. There is
 * no other list of imports to keep in step; a curriculum whose parts have not all arrived yet,
 * or that does not read as one, is left out until it does.
 */
import { bundledCurricula } from '../../shared/curricula';
import type { Curriculum } from '../../shared/curriculum';
import type { Register } from '../../shared/register';
import { curriculumIdOf } from '../../shared/register-keys';
import { arrangeCurricula } from './curriculum-arrangement';
import { type ReadCurriculum, readCurriculum } from './read-curriculum';

const bundledIds = new Set(bundledCurricula.map((c) => c.id));

/**
 * Readable imports by id, with the stamp of the head they were read from: the registers change
 * every few seconds while a video plays, and a curriculum is only read (validated) again when
 * its own head changed. A head's stamp names one version, whose parts are checked by its hash.
 */
const readable = new Map<string, { hlc: string; curriculum: Curriculum }>();

export function isBundled(id: string): boolean {
  return bundledIds.has(id);
}

/**
 * Every installed curriculum (an import never hides a bundled one), in the learner's order and
 * under the titles they gave them (lib/curriculum-arrangement.ts).
 */
export function installedCurricula(registers: Readonly<Record<string, Register>>): Curriculum[] {
  const imported: Curriculum[] = [];
  for (const [key, head] of Object.entries(registers)) {
    const id = curriculumIdOf(key);
    if (!id || bundledIds.has(id) || head.value === null) continue;
    const read = readImport(id, head, registers);
    if (read.kind === 'curriculum') imported.push(read.curriculum);
  }
  return arrangeCurricula([...bundledCurricula, ...imported], registers);
}

/** Imports the registers name but that cannot be read yet (parts on their way, or invalid). */
export function unreadableCurricula(registers: Readonly<Record<string, Register>>): string[] {
  return Object.entries(registers).flatMap(([key, head]) => {
    const id = curriculumIdOf(key);
    return id && readImport(id, head, registers).kind === 'unreadable' ? [id] : [];
  });
}

/** Curriculum `id` as its head `head` says, read again only when that head changed. */
function readImport(
  id: string,
  head: Register,
  registers: Readonly<Record<string, Register>>,
): ReadCurriculum {
  const known = readable.get(id);
  if (known?.hlc === head.hlc) return { kind: 'curriculum', curriculum: known.curriculum };
  const read = readCurriculum(id, registers);
  if (read.kind === 'curriculum') readable.set(id, { hlc: head.hlc, curriculum: read.curriculum });
  return read;
}

/** The curriculum the popup, side panel and badge show: the chosen one, or else the first. */
export function activeCurriculum(
  curricula: readonly Curriculum[],
  activeId: string | undefined,
): Curriculum | undefined {
  return curricula.find((c) => c.id === activeId) ?? curricula[0];
}
