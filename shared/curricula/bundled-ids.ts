/**
 * The ids of the curricula that ship with Readalong (`./index.ts` holds them, in this order).
 * Apart from their content, so extension pages can tell a bundled curriculum from an import
 * without loading the content (a chunk of its own there: extension/lib/bundled-curricula.ts).
 */
export const BUNDLED_CURRICULUM_IDS: readonly string[] = ['dmls-bookclub'];
