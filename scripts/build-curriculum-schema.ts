/** Writes docs/curriculum.schema.json from `curriculumSchema` (see curriculum-json-schema.ts). */
import { writeFileSync } from 'node:fs';
import { CURRICULUM_SCHEMA_FILE, curriculumJsonSchema } from './curriculum-json-schema';

writeFileSync(CURRICULUM_SCHEMA_FILE, curriculumJsonSchema());
console.log(`Wrote ${CURRICULUM_SCHEMA_FILE}`);
