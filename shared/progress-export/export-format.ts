import { z } from 'zod';
import { curriculumSchema } from '../curriculum';
import { hlcSchema, keySchema, mergeRuleSchema } from '../sync-protocol/change';
import { jsonValueSchema } from '../sync-protocol/json-value';

/**
 * The file "Export everything" writes and "Import" reads (docs/export-format.md). Progress,
 * notes and anything else kept as sync registers travel as registers, with their clocks, so an
 * import merges them by the sync rule (`register.ts`): never an older value over a newer one.
 */
export const EXPORT_FORMAT = 'readalong-export';
/** Raise it when a change would make an older Readalong misread the file. */
export const EXPORT_VERSION = 1;

export const exportedRegisterSchema = z.strictObject({
  value: jsonValueSchema,
  hlc: hlcSchema,
  merge: mergeRuleSchema,
});

export const readalongExportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  /** ISO date-time of the export. */
  exportedAt: z.iso.datetime(),
  /** The curricula the learner added (the bundled ones come with Readalong). */
  curricula: z.array(curriculumSchema),
  /** Every register, by key: progress (shared/progress-keys.ts), notes, and the rest. */
  registers: z.record(keySchema, exportedRegisterSchema),
  /** The learner's preferences as the extension keeps them, for reference; never merged. */
  settings: z.record(z.string(), jsonValueSchema).optional(),
});
export type ReadalongExport = z.infer<typeof readalongExportSchema>;
