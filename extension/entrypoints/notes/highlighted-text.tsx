import { matchParts } from '../../lib/search-words';

/** Text with the runs that match the searched words marked. */
export function HighlightedText({ text, words }: { text: string; words: readonly string[] }) {
  if (words.length === 0) return <>{text}</>;
  return (
    <>
      {matchParts(text, words).map((part, i) =>
        part.match ? (
          <mark key={i} class="notes-page__match">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
