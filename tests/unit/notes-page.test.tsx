/**
 * The notes page: every note grouped by curriculum and session, a search that keeps the notes
 * where every word appears (case and accents aside) and marks what matched, each note's time
 * linking to its moment, and the notes shown exported as Markdown.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NotesView } from '../../extension/entrypoints/notes/notes-view';
import { filterWords } from '../../extension/lib/fold-text';
import { highlightRanges } from '../../extension/lib/highlight-ranges';
import { countNotes, filterNotes } from '../../extension/lib/notes/filter-notes';
import { addNote } from '../../extension/lib/video-actions';
import { bundledCurricula } from '../../shared/curricula';
import { importMarkdown } from '../../shared/markdown-import/import-markdown';
import { noteMomentUrl } from '../../shared/note-moment-url';
import { notesBySession } from '../../shared/progress-export/notes-by-session';
import { notesMarkdown } from '../../shared/progress-export/notes-markdown';
import { deriveProgress } from '../../shared/resource-progress';
import { progressRegister } from './support/progress-register';
import { resetBrowser } from './support/reset-browser';
import { importCurricula } from './support/store';

const bookClub = bundledCurricula.find((c) => c.id === 'dmls-bookclub')!;
const session1 = 'youtube:spFsPbDw7Lg';
const session2 = 'youtube:q7RhT39LV8E';
const rewatch = importMarkdown(
  [
    '# Rewatch',
    '## Favourites',
    '- [Session 1 again](https://youtu.be/spFsPbDw7Lg?si=share)',
    '- [Session 1, a third time](https://www.youtube.com/watch?v=spFsPbDw7Lg&list=PLx)',
    '- [A paper](https://paper.example/p.pdf)',
    '## Empty of notes',
    '- [Other](https://o.example)',
  ].join('\n'),
  { id: 'rewatch' },
);

let at = 0;
const note = (subject: string, id: string, seconds: number, text: string) =>
  progressRegister({ field: 'note', noteId: id, subject }, { seconds, text, at: at++ });
const progress = deriveProgress(
  Object.fromEntries([
    note(session1, 'b', 1504, 'Batch vs. online prediction'),
    note(session1, 'a', 754, 'Feature stores — see chapter 5'),
    note(session1, 'blank', 900, '   '),
    note(session2, 'c', 61, 'Résumé of the requirements'),
    note('paper.example/p.pdf', 'd', 0, 'Figure 3 is the one'),
  ]),
);
const groups = notesBySession([bookClub, rewatch], progress);

describe('notesBySession', () => {
  it('groups the notes by curriculum, session and item, in curriculum order and time order', () => {
    const outline = groups.map(({ curriculum, sessions }) => [
      curriculum.title,
      sessions.map((s) => [
        s.path.join(' › '),
        s.items.map(({ item, notes }) => [item.title, notes.map((n) => n.seconds)]),
      ]),
    ]);
    expect(outline).toEqual([
      [
        'Designing Machine Learning Systems — book club',
        [
          [
            'Book club sessions › Session 1 — Chapter 1: Overview of ML Systems',
            [['YouTube', [754, 1504]]],
          ],
          [
            'Book club sessions › Session 2 — Chapter 2: Introduction to ML Systems Design',
            [['YouTube', [61]]],
          ],
        ],
      ],
      [
        'Rewatch',
        [
          [
            'Rewatch › Favourites',
            [
              ['Session 1 again', [754, 1504]],
              ['A paper', [0]],
            ],
          ],
        ],
      ],
    ]);
    expect(countNotes(groups)).toBe(6);
  });

  it('is empty when there is no note, and the Markdown says so', () => {
    expect(notesBySession([bookClub, rewatch], new Map())).toEqual([]);
    expect(notesMarkdown([])).toBe('# Notes\n\nNo notes yet.\n');
  });
});

describe('searching the notes', () => {
  const search = (query: string) =>
    filterNotes(groups, filterWords(query)).flatMap(({ sessions }) =>
      sessions.flatMap(({ items }) => items.flatMap(({ notes }) => notes.map((n) => n.text))),
    );

  it('keeps the notes where every word appears, in the note or the titles above it', () => {
    expect(search('FEATURE')).toEqual([
      'Feature stores — see chapter 5',
      'Feature stores — see chapter 5',
    ]);
    expect(search('again batch')).toEqual(['Batch vs. online prediction']);
    expect(search('chapter 2 requirements')).toEqual(['Résumé of the requirements']);
    expect(search('paper')).toEqual(['Figure 3 is the one']);
    expect(search('feature nowhere')).toEqual([]);
    expect(countNotes(filterNotes(groups, filterWords('  ')))).toBe(6);
  });

  it('does not mind accents or case, and marks the text as written', () => {
    expect(search('resume')).toEqual(['Résumé of the requirements']);
    const marked = (text: string, words: string[]) =>
      highlightRanges(text, words).map(([start, end]) => text.slice(start, end));
    expect(marked('Résumé of the résumés', filterWords('RESUME'))).toEqual(['Résumé', 'résumé']);
    // Letters written with a separate accent mark keep it inside the mark.
    expect(marked('Re\u0301sume\u0301!', ['resume'])).toEqual(['Re\u0301sume\u0301']);
    expect(marked('feature stores', ['store', 'feat'])).toEqual(['feat', 'store']);
  });

  it('exports only the notes a search kept', () => {
    const markdown = notesMarkdown(filterNotes(groups, filterWords('prediction')));
    expect(markdown).toBe(
      [
        '# Notes',
        '',
        '## Designing Machine Learning Systems — book club',
        '',
        '### Book club sessions › Session 1 — Chapter 1: Overview of ML Systems',
        '',
        '#### [YouTube](https://www.youtube.com/watch?v=spFsPbDw7Lg)',
        '',
        '- [25:04](https://www.youtube.com/watch?v=spFsPbDw7Lg&t=1504s) Batch vs. online prediction',
        '',
        '## Rewatch',
        '',
        '### Rewatch › Favourites',
        '',
        '#### [Session 1 again](https://youtu.be/spFsPbDw7Lg?si=share)',
        '',
        '- [25:04](https://www.youtube.com/watch?v=spFsPbDw7Lg&t=1504s) Batch vs. online prediction',
        '',
      ].join('\n'),
    );
  });
});

describe('noteMomentUrl', () => {
  it('opens the video’s watch page at the note, whatever form the item’s address has', () => {
    expect(noteMomentUrl('https://youtu.be/spFsPbDw7Lg?si=share&t=5', 754.9)).toBe(
      'https://www.youtube.com/watch?v=spFsPbDw7Lg&t=754s',
    );
    expect(noteMomentUrl('https://paper.example/p.pdf', 10)).toBeUndefined();
    expect(noteMomentUrl(undefined, 10)).toBeUndefined();
  });
});

describe('the notes page', () => {
  let root: HTMLElement;
  beforeEach(async () => {
    await resetBrowser();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('lists every note with its moment, and narrows and marks them as I type', async () => {
    await importCurricula(rewatch);
    await addNote(session1, 754, 'Feature stores — see chapter 5');
    await addNote(session2, 61, 'Résumé of the requirements');
    render(<NotesView />, root);
    await vi.waitFor(() =>
      expect(root.querySelector('[role="status"]')?.textContent).toBe('3 notes'),
    );
    const times = () =>
      [...root.querySelectorAll<HTMLAnchorElement>('a.notes-page__time')].map((a) => [
        a.textContent,
        a.href,
      ]);
    expect(times()).toEqual([
      ['12:34', 'https://www.youtube.com/watch?v=spFsPbDw7Lg&t=754s'],
      ['1:01', 'https://www.youtube.com/watch?v=q7RhT39LV8E&t=61s'],
      ['12:34', 'https://www.youtube.com/watch?v=spFsPbDw7Lg&t=754s'],
    ]);
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Designing Machine Learning Systems — book club',
      'Rewatch',
    ]);

    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'resume';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() =>
      expect(root.querySelector('[role="status"]')?.textContent).toBe('1 of 3 notes match'),
    );
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Résumé']);
    expect(root.querySelector('button')?.textContent).toBe('Export this note as Markdown');
  });

  it('says how notes are taken when there is none', async () => {
    render(<NotesView />, root);
    await vi.waitFor(() => expect(root.textContent).toContain('No notes yet.'));
    expect(root.querySelector('input')).toBeNull();
  });
});
