import { z } from 'zod';
import { ITEM_KINDS } from './item-kinds';

/**
 * The curriculum model: a curriculum is a tree of sections holding items. Progress is never
 * stored here; it is keyed by each item's `resourceKey` (see `resource-key.ts`), so one resource
 * listed twice is one resource, and editing a curriculum never loses progress.
 *
 * These schemas check a curriculum where it comes in (a Markdown or JSON import, the
 * background's `import-curriculum` call, a progress file, a migration). They cost zod on load,
 * so code that extension pages and the content script load imports only the types from here
 * and the zod-free helpers beside it (`walk-items.ts`, `manual-resource-key.ts`,
 * `item-kinds.ts`); a curriculum read back from storage is checked by
 * `extension/lib/curriculum-shape.ts`.
 */

export const itemKindSchema = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof itemKindSchema>;

/** What a book-club session adds to its items. */
export const sessionMetaSchema = z
  .object({
    number: z.number().int().positive(),
    /** ISO date, YYYY-MM-DD. */
    date: z.iso.date().optional(),
    chapter: z.number().int().positive().optional(),
    chapterTitle: z.string().min(1).optional(),
    group: z.string().min(1).optional(),
  })
  .strict();
export type SessionMeta = z.infer<typeof sessionMetaSchema>;

/** An item's link: an absolute http(s) URL. */
export const httpUrlSchema = z.url({ protocol: /^https?$/ });

export const itemSchema = z
  .object({
    /** Stable within its curriculum; used for UI state, never for progress. */
    id: z.string().min(1).max(200),
    title: z.string().min(1).max(500),
    /** Absent for entries to be checked off by hand (a book with no link). */
    url: httpUrlSchema.optional(),
    kind: itemKindSchema,
    /**
     * Identifies the resource whatever URL form opens it; items without a URL get
     * `manual:<curriculumId>/<itemId>`.
     */
    resourceKey: z.string().min(1).max(256),
    /** Start time of a video link (`t=`), in seconds. */
    startSeconds: z.number().int().nonnegative().optional(),
    /** A video's length, in seconds, as its source lists it (a YouTube playlist). */
    durationSeconds: z.number().int().positive().optional(),
    session: sessionMetaSchema.optional(),
    /** Other cells of a table row, by column header. */
    meta: z.record(z.string(), z.string()).optional(),
  })
  .strict();
export type Item = z.infer<typeof itemSchema>;

export interface Section {
  id: string;
  title: string;
  items: Item[];
  sections: Section[];
  /** A table row that held several links becomes a section of its own, with the row's cells. */
  session?: SessionMeta;
  meta?: Record<string, string>;
}
export const sectionSchema: z.ZodType<Section> = z.lazy(() =>
  z
    .object({
      id: z.string().min(1).max(200),
      title: z.string().min(1).max(500),
      items: z.array(itemSchema),
      sections: z.array(sectionSchema),
      session: sessionMetaSchema.optional(),
      meta: z.record(z.string(), z.string()).optional(),
    })
    .strict(),
);

export const curriculumSchema = z
  .object({
    /** Lower-case slug, e.g. `dmls-bookclub`. */
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a lower-case slug of letters, digits and dashes'),
    title: z.string().min(1).max(200),
    /** Where it came from: a URL or a file name. */
    source: z.string().min(1).max(2000),
    version: z.number().int().positive().default(1),
    sections: z.array(sectionSchema),
  })
  .strict();
export type Curriculum = z.infer<typeof curriculumSchema>;
