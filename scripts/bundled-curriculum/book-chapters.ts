import type { Item, Section } from '../../shared/curriculum';
import { importMarkdown } from '../../shared/markdown-import/import-markdown';
import { findSection } from './find-section';

/** Where the chapter summaries' relative links (`01_overview_ml_systems.md`) live. */
export const BOOK_REPOSITORY_BASE = 'https://github.com/chiphuyen/dmls-book/blob/main/';
export const CHAPTER_COUNT = 11;
const CHAPTER_HEADING = /^Chapter (\d+): (.+)$/;

export interface BookChapters {
  /** The book's chapters, in order, each linked to its page in the book's repository. */
  section: Section;
  /** Chapter number → title without "Chapter N: " ("Overview of ML Systems"). */
  titles: ReadonlyMap<number, string>;
}

/**
 * From dmls-book-chapter-summaries.md: the importer reads each `## [Chapter N: Title](file.md)`
 * heading as a section holding an item for its link (resolved against the book's repository;
 * chapter 11's empty link gives an item checked off by hand) followed by the summary's bullets.
 * Only the chapter items are kept: the summaries are prose, not facts to copy.
 */
export function bookChapters(markdown: string, title: string): BookChapters {
  const imported = importMarkdown(markdown, { base: BOOK_REPOSITORY_BASE });
  const book = findSection(imported.sections, 'Designing Machine Learning Systems');
  const items: Item[] = [];
  const titles = new Map<number, string>();
  for (const chapter of book.sections) {
    const match = CHAPTER_HEADING.exec(chapter.title);
    const item = chapter.items.find((candidate) => candidate.title === chapter.title);
    if (!match || !item) continue;
    const number = Number(match[1]);
    if (number !== items.length + 1) {
      throw new Error(`Chapter ${number} comes where chapter ${items.length + 1} was expected.`);
    }
    items.push({ ...item, kind: 'chapter' });
    titles.set(number, match[2]!);
  }
  if (items.length !== CHAPTER_COUNT) {
    throw new Error(`Found ${items.length} chapters in the summaries, expected ${CHAPTER_COUNT}.`);
  }
  return { section: { id: '', title, items, sections: [] }, titles };
}
