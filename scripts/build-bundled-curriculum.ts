/**
 * `npm run curriculum:bundle`: rebuilds shared/curricula/dmls-bookclub.json from the seed
 * documents in tests/fixtures/seeds (see docs/curriculum-format.md, "The bundled curriculum").
 * A unit test fails when the committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { walkItems } from '../shared/walk-items';
import {
  BUNDLED_CURRICULUM_FILE,
  buildDmlsBookclub,
  curriculumJson,
} from './bundled-curriculum/dmls-bookclub';
import { readSeeds, SEEDS_DIR } from './bundled-curriculum/seeds';

try {
  const curriculum = buildDmlsBookclub(readSeeds(SEEDS_DIR));
  writeFileSync(BUNDLED_CURRICULUM_FILE, curriculumJson(curriculum));
  const items = [...walkItems(curriculum)].length;
  console.log(`Wrote ${BUNDLED_CURRICULUM_FILE}: ${items} items from ${SEEDS_DIR}`);
} catch (error) {
  console.error(`curriculum:bundle: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
