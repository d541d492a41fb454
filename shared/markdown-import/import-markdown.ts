import type { Root } from 'mdast';
import { type Curriculum, curriculumSchema } from '../curriculum';
import { resourceKey } from '../resource-key';
import { assignIds } from './assign-ids';
import { checkInput } from './check-input';
import { withoutFrontMatter } from './front-matter';
import type { ImportContext } from './import-context';
import { CurriculumImportError } from './import-error';
import { parseMarkdown } from './parse-markdown';
import { clip, collapse, plainText } from './plain-text';
import { countItems, pruneEmpty } from './prune-empty';
import { sectionsFromHeadings } from './sections-from-headings';
import { slug } from './slug';

export { checkSize, MAX_ENTRIES, MAX_MARKDOWN_BYTES } from './check-input';
export { CurriculumImportError } from './import-error';

export interface ImportOptions {
  /** The curriculum's title; by default the document's first heading. */
  title?: string;
  /** The curriculum's id, a lower-case slug; by default the slug of its title. */
  id?: string;
  /** Where the document came from (URL or file name); by default `base`, else "Markdown". */
  source?: string;
  /** Absolute http(s) URL that relative links resolve against. */
  base?: string;
  /** Read each line of a plain paragraph as an entry (lists written without bullets). */
  plainLines?: boolean;
}

export const DEFAULT_TITLE = 'Imported list';
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Turns a Markdown reading list into a curriculum (the rules: docs/curriculum-format.md).
 * Browser-safe: no Node APIs. Throws `CurriculumImportError`, with a one-line message, for
 * input that is not a reading list; never anything else.
 */
export function importMarkdown(markdown: string, options: ImportOptions = {}): Curriculum {
  const text = checkInput(markdown);
  const base = checkBase(options.base);
  if (options.id !== undefined && !ID.test(options.id)) {
    throw new CurriculumImportError(
      'bad-option',
      `The id "${options.id}" is not a lower-case slug (letters, digits and dashes, at most 64).`,
    );
  }
  let root: Root;
  try {
    root = parseMarkdown(withoutFrontMatter(text));
  } catch (error) {
    throw new CurriculumImportError('invalid', `Could not read this Markdown: ${describe(error)}`);
  }
  const title = clip(collapse(options.title ?? '') || firstHeading(root) || DEFAULT_TITLE, 200);
  const context: ImportContext = {
    base,
    plainLines: options.plainLines ?? false,
    keys: new Map(),
  };
  let sections: Curriculum['sections'];
  try {
    sections = pruneEmpty(sectionsFromHeadings(root, title, context));
  } catch (error) {
    if (error instanceof CurriculumImportError) throw error;
    throw new CurriculumImportError('invalid', `Could not read this Markdown: ${describe(error)}`);
  }
  if (countItems(sections) === 0) {
    throw new CurriculumImportError(
      'no-items',
      'Found nothing to follow: a reading list needs list entries or table rows (links in paragraphs are read as prose).',
    );
  }
  const curriculum = assignIds(
    {
      id: options.id ?? (slug(title, 64) || 'imported-list'),
      title,
      source: clip(collapse(options.source ?? '') || base || 'Markdown', 2000),
      version: 1,
      sections,
    },
    (url) => context.keys.get(url) ?? resourceKey(url),
  );
  const checked = curriculumSchema.safeParse(curriculum);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new CurriculumImportError(
      'invalid',
      `The list gave an invalid curriculum at ${issue?.path.join('.')}: ${issue?.message}`,
    );
  }
  return checked.data;
}

function checkBase(base: string | undefined): string | undefined {
  if (base === undefined) return undefined;
  let url: URL | null = null;
  try {
    url = new URL(base);
  } catch {}
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new CurriculumImportError(
      'bad-option',
      `The base "${base}" is not an absolute http(s) address.`,
    );
  }
  return url.href;
}

function firstHeading(root: Root): string {
  for (const node of root.children) {
    if (node.type === 'heading') {
      const text = plainText(node.children);
      if (text) return text;
    }
  }
  return '';
}

function describe(error: unknown): string {
  if (error instanceof RangeError) return 'it is nested too deeply.';
  return error instanceof Error ? error.message : String(error);
}
