/**
 * How a learner's search compares text (the checklist's filter, the notes page's search, the
 * link-page dialog's search): without accents and case, so "cafe" finds "Café". Filtering and
 * the highlighting of its matches (highlight-ranges.ts) both fold with this, so what is
 * highlighted is exactly what matched.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** The words of a filter's text, folded; empty when it has none. */
export function filterWords(text: string): string[] {
  return foldText(text).split(/\s+/).filter(Boolean);
}

/** Whether every (folded) word appears in the text, anywhere, in any order. */
export function hasAllWords(text: string, words: readonly string[]): boolean {
  const haystack = foldText(text);
  return words.every((word) => haystack.includes(word));
}
