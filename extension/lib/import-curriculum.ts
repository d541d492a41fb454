/**
 * Importing a curriculum from the options page: Markdown (the shared importer) or a JSON file
 * in the curriculum format (docs/curriculum-format.md) → a curriculum, checked against what is
 * installed, with what saving it would change. The page shows that as a preview, then asks the
 * background to keep it (the `import-curriculum` call). The Markdown importer (markdown-it and
 * its entity table, ≈ 50 KB gzip) is loaded when a list is first read, not with the page.
 */
import { type Curriculum, curriculumSchema, type Item } from '../../shared/curriculum';
import { CurriculumImportError } from '../../shared/markdown-import/import-error';
import { walkItems } from '../../shared/walk-items';
import { isBundled } from './curricula';

export interface ImportRequest {
  markdown: string;
  /** Blank: the document's first heading. */
  title?: string;
  /** Blank: relative links become manual items (ticked by hand). */
  base?: string;
  /** A file name or URL the list came from. */
  source?: string;
  /** Read it as this curriculum (a re-import: "Check for updates"). */
  id?: string;
}

export interface PreparedImport {
  curriculum: Curriculum;
  itemCount: number;
  /** An earlier import with the same id, which saving replaces (progress is kept). */
  replaces: Curriculum | undefined;
  /** What replacing it changes, by resource: items it adds and items it drops. */
  changes: { added: Item[]; removed: Item[] };
}

const blankToUndefined = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

/**
 * Reads the Markdown into a curriculum; throws `CurriculumImportError` with a message for the
 * learner when it is no reading list. An id taken by a bundled curriculum gets a suffix.
 */
export async function prepareImport(
  request: ImportRequest,
  installed: readonly Curriculum[],
): Promise<PreparedImport> {
  const { importMarkdown } = await import('../../shared/markdown-import/import-markdown');
  const options = {
    title: blankToUndefined(request.title),
    base: blankToUndefined(request.base),
    source: blankToUndefined(request.source),
    id: request.id,
  };
  let curriculum = importMarkdown(request.markdown, options);
  if (isBundled(curriculum.id)) {
    curriculum = importMarkdown(request.markdown, { ...options, id: freeId(curriculum.id) });
  }
  return prepared(curriculum, installed);
}

/** Reads a JSON file in the curriculum format; throws with a sentence when it is not one. */
export function prepareCurriculumJson(
  text: string,
  installed: readonly Curriculum[],
): PreparedImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CurriculumImportError(
      'invalid',
      'This .json file is not JSON. Choose a curriculum file (docs/curriculum-format.md), or a Markdown list.',
    );
  }
  const parsed = curriculumSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CurriculumImportError(
      'invalid',
      `This .json file is not a curriculum (at ${issue?.path.join('.') || 'the top'}: ${issue?.message}). Choose a file in the curriculum format, or a Markdown list.`,
    );
  }
  let curriculum = parsed.data;
  if (isBundled(curriculum.id)) curriculum = { ...curriculum, id: freeId(curriculum.id) };
  return prepared(curriculum, installed);
}

/** A curriculum read some other way (a YouTube playlist), checked against what is installed. */
export function prepared(curriculum: Curriculum, installed: readonly Curriculum[]): PreparedImport {
  const replaces = installed.find((c) => c.id === curriculum.id);
  return {
    curriculum,
    itemCount: [...walkItems(curriculum)].length,
    replaces,
    changes: replaces ? itemChanges(replaces, curriculum) : { added: [], removed: [] },
  };
}

/** Items of `after` whose resource `before` lacks, and the other way round. */
export function itemChanges(before: Curriculum, after: Curriculum) {
  const keys = (c: Curriculum) => new Set([...walkItems(c)].map(({ item }) => item.resourceKey));
  const had = keys(before);
  const has = keys(after);
  const only = (c: Curriculum, other: Set<string>) => {
    const seen = new Set<string>();
    return [...walkItems(c)]
      .map(({ item }) => item)
      .filter((item) => {
        if (other.has(item.resourceKey) || seen.has(item.resourceKey)) return false;
        seen.add(item.resourceKey);
        return true;
      });
  };
  return { added: only(after, had), removed: only(before, has) };
}

function freeId(id: string): string {
  let n = 2;
  while (isBundled(`${id.slice(0, 60)}-${n}`)) n++;
  return `${id.slice(0, 60)}-${n}`;
}
