import { foldText } from './fold-text';

/** A stretch of a text, `[start, end)` in UTF-16 units of the original text. */
export type TextRange = readonly [start: number, end: number];

/**
 * Where the filter's (folded) words occur in a text, as ranges of the original text, sorted
 * and merged where they overlap or touch. The text is folded one character at a time, so each
 * folded unit maps back to the character it came from ("Café" folds to "cafe": a match of
 * "fe" covers "fé"); a character that folds to nothing (a combining accent) goes with the one
 * before it.
 */
export function highlightRanges(text: string, words: readonly string[]): TextRange[] {
  if (words.length === 0 || text === '') return [];
  let folded = '';
  /** For each unit of `folded`, where the original character it came from starts and ends. */
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const char of text) {
    const f = foldText(char);
    if (f === '' && ends.length > 0) ends[ends.length - 1] = at + char.length;
    for (let k = 0; k < f.length; k++) {
      starts.push(at);
      ends.push(at + char.length);
    }
    folded += f;
    at += char.length;
  }
  const found: [number, number][] = [];
  for (const word of words) {
    for (let i = folded.indexOf(word); i !== -1; i = folded.indexOf(word, i + 1)) {
      found.push([starts[i]!, ends[i + word.length - 1]!]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of found) {
    const previous = merged[merged.length - 1];
    if (previous && start <= previous[1]) previous[1] = Math.max(previous[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
