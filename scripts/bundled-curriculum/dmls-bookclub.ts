import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Curriculum, curriculumSchema } from '../../shared/curriculum';
import { assignIds } from '../../shared/markdown-import/assign-ids';
import { bookChapters } from './book-chapters';
import { bookClubSessions } from './book-club-sessions';
import { booklet } from './booklet';
import { mlopsGuide, systemDesignResources } from './reading-lists';
import type { Seeds } from './seeds';

export const DMLS_BOOKCLUB_ID = 'dmls-bookclub';
/** Where `npm run curriculum:bundle` writes it, committed. */
export const BUNDLED_CURRICULUM_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../shared/curricula/dmls-bookclub.json',
);

/**
 * The bundled curriculum "Designing Machine Learning Systems — book club", from the five seed
 * documents: each is read by the Markdown importer, then a small enrichment step (the modules
 * of this folder) keeps the facts and arranges them, in the learner's order —
 * 1. the 11 weekly sessions (slides, recording, bonus), with their session metadata;
 * 2. the book's 11 chapters, linked in the book's repository;
 * 3. the 2019 booklet;
 * 4. the reading lists: the ML system design resources, then the MLOps guide.
 * Ids and resource keys are assigned once everything is in place; the result is checked
 * against `curriculumSchema`.
 */
export function buildDmlsBookclub(seeds: Seeds): Curriculum {
  const chapters = bookChapters(seeds.chapters, 'The book: Designing Machine Learning Systems');
  const curriculum = assignIds({
    id: DMLS_BOOKCLUB_ID,
    title: 'Designing Machine Learning Systems — book club',
    source: 'https://github.com/mlops-discord/dmls-bookclub',
    version: 1,
    sections: [
      bookClubSessions(seeds.schedule, chapters.titles, 'Book club sessions'),
      chapters.section,
      booklet(seeds.booklet, 'The booklet: Machine Learning Systems Design (2019)'),
      systemDesignResources(seeds.resources, 'Reading list: Machine Learning System Design'),
      mlopsGuide(seeds.mlopsGuide, 'Reading list: MLOps guide'),
    ],
  });
  return curriculumSchema.parse(curriculum);
}

/** The committed file's text: two-space JSON and a final newline. */
export function curriculumJson(curriculum: Curriculum): string {
  return `${JSON.stringify(curriculum, null, 2)}\n`;
}
