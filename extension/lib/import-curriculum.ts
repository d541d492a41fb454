/**
 * Importing a reading list from the options page: Markdown → curriculum (the shared
 * importer), checked against what is installed; the page then asks the background to keep it
 * (the `import-curriculum` call).
 */
import { type Curriculum, walkItems } from '../../shared/curriculum';
import { importMarkdown } from '../../shared/markdown-import/import-markdown';
import { isBundled } from './curricula';

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
  if (isBundled(curriculum.id)) {
    let n = 2;
    while (isBundled(`${curriculum.id.slice(0, 60)}-${n}`)) n++;
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
