import { useMemo, useState } from 'preact/hooks';
import { noteMomentUrl } from '../../../shared/note-moment-url';
import { type ItemNotes, notesBySession } from '../../../shared/progress-export/notes-by-session';
import { notesMarkdown } from '../../../shared/progress-export/notes-markdown';
import { HighlightedText } from '../../components/highlighted-text';
import { downloadFile } from '../../lib/download-file';
import { filterWords } from '../../lib/fold-text';
import { formatClock } from '../../lib/format-clock';
import { countNotes, filterNotes } from '../../lib/notes/filter-notes';
import { useCurricula } from '../../lib/use-curricula';
import { useProgressMap } from '../../lib/use-progress-map';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the Markdown export of the notes is called. */
const NOTES_FILE = 'readalong-notes.md';

/**
 * Every note of every video in one list, by curriculum and session: searchable as you type
 * (matches marked), each note's time opening its video at that moment, and the notes shown
 * exportable as Markdown.
 */
export function NotesView() {
  const curricula = useCurricula();
  const progress = useProgressMap();
  const [query, setQuery] = useState('');
  const all = useMemo(
    () => (curricula && progress ? notesBySession(curricula.curricula, progress) : undefined),
    [curricula, progress],
  );
  const words = useMemo(() => filterWords(query), [query]);
  const shown = useMemo(() => (all ? filterNotes(all, words) : []), [all, words]);

  if (!all) return null;
  const total = countNotes(all);
  const shownCount = countNotes(shown);
  const searching = words.length > 0;
  return (
    <main class="notes-page">
      <h1>Your notes</h1>
      <p class="notes-page__intro">
        Every note you took on a video, by curriculum and session. A note’s time opens its video at
        that moment.
      </p>
      {total === 0 ? (
        <p>
          No notes yet. Beside a curriculum video, open Readalong’s side panel and write a note: it
          is kept at the video’s time, and shows here.
        </p>
      ) : (
        <>
          {/* biome-ignore lint/a11y/useSemanticElements: Preact's JSX types have no <search> element yet */}
          <div class="notes-page__tools" role="search" aria-label="Search your notes">
            <input
              type="search"
              class="ra-input notes-page__search"
              placeholder="Search notes…"
              aria-label="Search notes by words"
              value={query}
              onInput={(event) => setQuery(event.currentTarget.value)}
            />
            <button
              type="button"
              class="ra-button"
              disabled={shownCount === 0}
              onClick={() => downloadFile(NOTES_FILE, notesMarkdown(shown), 'text/markdown')}
            >
              {!searching
                ? 'Export as Markdown'
                : shownCount === 1
                  ? 'Export this note as Markdown'
                  : `Export these ${shownCount} notes as Markdown`}
            </button>
          </div>
          <p class="notes-page__count" role="status">
            {searching
              ? `${shownCount} of ${plural(total, 'note matches', 'notes match')}`
              : plural(total, 'note', 'notes')}
          </p>
          {shown.map(({ curriculum, sessions }) => (
            <section
              key={curriculum.id}
              class="notes-page__curriculum"
              aria-labelledby={`curriculum-${curriculum.id}`}
            >
              <h2 id={`curriculum-${curriculum.id}`}>
                <HighlightedText text={curriculum.title} words={words} />
              </h2>
              {sessions.map((session) => (
                <div key={session.id} class="notes-page__session">
                  <h3>
                    <HighlightedText text={session.path.join(' › ')} words={words} />
                  </h3>
                  {session.items.map((entry) => (
                    <ItemNotesView key={entry.item.id} entry={entry} words={words} />
                  ))}
                </div>
              ))}
            </section>
          ))}
        </>
      )}
    </main>
  );
}

function ItemNotesView({ entry: { item, notes }, words }: { entry: ItemNotes; words: string[] }) {
  const title = <HighlightedText text={item.title} words={words} />;
  return (
    <div class="notes-page__item">
      <h4>
        {item.url ? (
          <a href={item.url} target="_blank" rel="noreferrer">
            {title}
          </a>
        ) : (
          title
        )}
      </h4>
      <ul class="notes-page__notes">
        {notes.map((note) => {
          const at = formatClock(note.seconds);
          const url = noteMomentUrl(item.url, note.seconds);
          return (
            <li key={note.id} class="notes-page__note">
              {url ? (
                <a
                  class="notes-page__time"
                  href={url}
                  target="_blank"
                  rel="noreferrer"
                  aria-label={`${at}, ${item.title}`}
                >
                  {at}
                </a>
              ) : (
                <span class="notes-page__time">{at}</span>
              )}
              <p class="notes-page__text">
                <HighlightedText text={note.text} words={words} />
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
