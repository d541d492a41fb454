import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The five documents the bundled curriculum is built from, in `tests/fixtures/seeds/`. */
export const SEED_FILES = {
  schedule: 'dmls-bookclub-README.md',
  chapters: 'dmls-book-chapter-summaries.md',
  booklet: 'ml-systems-design-booklet-README.md',
  resources: 'ml-system-design-resources.md',
  mlopsGuide: 'mlops-guide.md',
} as const;

export type Seeds = Record<keyof typeof SEED_FILES, string>;

/** The in-repository copy of the seeds (their origin: `tests/fixtures/README.md`). */
export const SEEDS_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../tests/fixtures/seeds',
);

export function readSeeds(dir: string = SEEDS_DIR): Seeds {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return {
    schedule: read(SEED_FILES.schedule),
    chapters: read(SEED_FILES.chapters),
    booklet: read(SEED_FILES.booklet),
    resources: read(SEED_FILES.resources),
    mlopsGuide: read(SEED_FILES.mlopsGuide),
  };
}
