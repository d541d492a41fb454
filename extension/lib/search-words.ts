/**
 * Searching text by words, as a learner types them: case and accents do not count ("resume"
 * finds "Résumé"), and every word must appear, anywhere, in any order. Text is folded one
 * character at a time, so a match found in the folded text maps back onto the text as written
 * (to highlight it).
 */

const foldChar = (char: string) =>
  char
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Text folded, with the span of the written text each folded unit comes from. */
function folded(text: string): { text: string; spans: [number, number][] } {
  let out = '';
  const spans: [number, number][] = [];
  let at = 0;
  for (const char of text) {
    const fold = foldChar(char);
    const end = at + char.length;
    if (fold === '' && spans.length > 0) spans[spans.length - 1]![1] = end;
    for (let i = 0; i < fold.length; i++) spans.push([at, end]);
    out += fold;
    at = end;
  }
  return { text: out, spans };
}

/** The words of a query, folded; none for a blank query. */
export function searchWords(query: string): string[] {
  return folded(query).text.split(/\s+/).filter(Boolean);
}

/** Whether every word appears in the text. */
export function hasAllWords(text: string, words: readonly string[]): boolean {
  const haystack = folded(text).text;
  return words.every((word) => haystack.includes(word));
}

export interface TextPart {
  text: string;
  /** Part of a word searched for. */
  match: boolean;
}

/** The text cut into runs that match one of the words and runs that do not, in order. */
export function matchParts(text: string, words: readonly string[]): TextPart[] {
  const { text: haystack, spans } = folded(text);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const word of words) {
    for (let from = haystack.indexOf(word); from !== -1; from = haystack.indexOf(word, from + 1)) {
      const start = spans[from]![0];
      const end = spans[from + word.length - 1]![1];
      marked.fill(true, start, end);
    }
  }
  const parts: TextPart[] = [];
  for (let i = 0; i < text.length; ) {
    let j = i + 1;
    while (j < text.length && marked[j] === marked[i]) j++;
    parts.push({ text: text.slice(i, j), match: marked[i]! });
    i = j;
  }
  return parts;
}
