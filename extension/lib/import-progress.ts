/**
 * Importing an export file in the background (the `import-progress` call): its registers merge
 * by the sync rule with their own stamps (`applyImportedChanges`), so an older value never
 * replaces a newer one and a second import changes nothing. A curriculum the file lists but
 * whose registers it does not carry (a file written by hand) is added when this browser has
 * never held one with its id.
 */
import type { ReadalongExport } from '../../shared/progress-export/export-format';
import type { Change } from '../../shared/register';
import { curriculumHeadKey } from '../../shared/register-keys';
import { isBundled } from './curricula';
import { curriculumDrafts } from './curriculum-registers';
import { applyImportedChanges, writeRegisters } from './progress-writer';

export async function importProgress(file: ReadalongExport): Promise<{ changed: number }> {
  const changes: Change[] = Object.entries(file.registers).map(([key, register]) => ({
    key,
    ...register,
  }));
  let changed = await applyImportedChanges(changes);
  const written = await writeRegisters((registers) => ({
    drafts: file.curricula
      .filter((c) => !isBundled(c.id) && registers[curriculumHeadKey(c.id)] === undefined)
      .flatMap((c) => curriculumDrafts(c, registers)),
  }));
  changed += written.length;
  return { changed };
}
