/**
 * Importing a reading list from the options page: Markdown → curriculum (the shared
 * importer), checked against what is installed, then kept in `importedCurriculaStorage`.
 */
import { bundledCurricula } from '../../shared/curricula';
import { type Curriculum, walkItems } from '../../shared/curriculum';
import { importMarkdown } from '../../shared/markdown-import/import-markdown';
import { importedCurriculaStorage } from './storage';

export interface ImportRequest {
  markdown: string;
  /** Blank: the document's first heading. */
  title?: string;
  /** Blank: relative links become manual items (ticked by hand). */
  base?: string;
  /** A file name or URL the list came from. */
  source?: string;
}

export interface PreparedImport {
  curriculum: Curriculum;
  itemCount: number;
  /** An earlier import with the same id, which saving replaces (progress is kept). */
  replaces: Curriculum | undefined;
}

const blankToUndefined = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

/**
 * Reads the Markdown into a curriculum; throws `CurriculumImportError` with a message for the
 * learner when it is no reading list. An id taken by a bundled curriculum gets a suffix.
 */
export function prepareImport(
  request: ImportRequest,
  imported: readonly Curriculum[],
): PreparedImport {
  const options = {
    title: blankToUndefined(request.title),
    base: blankToUndefined(request.base),
    source: blankToUndefined(request.source),
  };
  let curriculum = importMarkdown(request.markdown, options);
  const bundledIds = new Set(bundledCurricula.map((c) => c.id));
  if (bundledIds.has(curriculum.id)) {
    let n = 2;
    while (bundledIds.has(`${curriculum.id.slice(0, 60)}-${n}`)) n++;
    curriculum = importMarkdown(request.markdown, {
      ...options,
      id: `${curriculum.id.slice(0, 60)}-${n}`,
    });
  }
  return {
    curriculum,
    itemCount: [...walkItems(curriculum)].length,
    replaces: imported.find((c) => c.id === curriculum.id),
  };
}

/** Keeps an imported curriculum, replacing an earlier one with the same id. */
export async function saveImport(curriculum: Curriculum): Promise<void> {
  const current = await importedCurriculaStorage.getValue();
  await importedCurriculaStorage.setValue([
    ...current.filter((c) => c.id !== curriculum.id),
    curriculum,
  ]);
}

/** Removes an imported curriculum. Progress is keyed by resource, so none is lost. */
export async function removeImport(id: string): Promise<void> {
  const current = await importedCurriculaStorage.getValue();
  await importedCurriculaStorage.setValue(current.filter((c) => c.id !== id));
}
