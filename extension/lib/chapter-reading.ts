import type { Item } from '../../shared/curriculum';

const READING_KINDS = new Set<Item['kind']>(['chapter', 'reading', 'book']);

/**
 * Whether an item is the reading for a book-club session on `chapter`: a chapter, reading or
 * book titled "Chapter N…" (or "Ch. N…"). Callers look for it outside the session sections.
 */
export function isChapterReading(item: Item, chapter: number): boolean {
  const title = new RegExp(`^\\s*(?:chapter|ch\\.?)\\s*0*${chapter}(?!\\d)`, 'i');
  return READING_KINDS.has(item.kind) && title.test(item.title);
}
