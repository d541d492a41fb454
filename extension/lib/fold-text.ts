/**
 * How the checklist's filter compares text: without accents and case, so "cafe" finds "Café".
 * The filter (checklist-model.ts) and the highlighting of its matches (highlight-ranges.ts)
 * both fold with this, so what is highlighted is exactly what matched.
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
