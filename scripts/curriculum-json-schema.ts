import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  curriculumSchema,
  httpUrlSchema,
  itemKindSchema,
  itemSchema,
  sectionSchema,
  sessionMetaSchema,
} from '../shared/curriculum';
import { HTTP_URL_PATTERN } from '../shared/http-url';

export const CURRICULUM_SCHEMA_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '../docs/curriculum.schema.json',
);

/** Names and one-line descriptions of the parts, so the schema reads as documentation. */
function parts() {
  const registry = z.registry<{ id?: string; description?: string; pattern?: string }>();
  registry.add(sectionSchema, {
    id: 'Section',
    description:
      'A titled group of items and sub-sections: a heading, or a table row holding several links.',
  });
  registry.add(itemSchema, {
    id: 'Item',
    description: 'One resource to follow. Progress is stored under its resourceKey, never its id.',
  });
  registry.add(sessionMetaSchema, {
    id: 'SessionMeta',
    description:
      'What a book-club session adds: its number, ISO date, chapter and presenting group.',
  });
  registry.add(httpUrlSchema, {
    description: 'An absolute http(s) URL.',
    pattern: HTTP_URL_PATTERN,
  });
  registry.add(itemKindSchema, {
    id: 'ItemKind',
    description: 'What kind of resource an item is.',
  });
  return registry;
}

/**
 * The curriculum format as JSON Schema (draft 2020-12), generated from `curriculumSchema` so the
 * two never disagree. It describes what a reader accepts (`io: 'input'`): `version` may be left
 * out and defaults to 1. Written to docs/curriculum.schema.json by
 * scripts/build-curriculum-schema.ts; a unit test checks the file is up to date.
 */
export function curriculumJsonSchema(): string {
  const { $schema, ...rest } = z.toJSONSchema(curriculumSchema, { io: 'input', metadata: parts() });
  const schema = {
    $schema,
    title: 'Readalong curriculum',
    description:
      'Nested sections of items (links, videos, books…), each item keyed by the resource it opens. See docs/curriculum-format.md.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
