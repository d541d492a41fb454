import { describe, expect, it } from 'vitest';
import type { Curriculum } from '../../shared/curriculum';
import { importMarkdown } from '../../shared/markdown-import/import-markdown';
import { checklistMarkdown } from '../../shared/progress-export/checklist-markdown';
import { notesBySession } from '../../shared/progress-export/notes-by-session';
import { notesMarkdown } from '../../shared/progress-export/notes-markdown';
import { deriveProgress } from '../../shared/resource-progress';
import { bookClub, bookClubProgress, slides } from './support/book-club-progress';
import { progressRegister } from './support/progress-register';

const entry = progressRegister;
const progress = bookClubProgress([
  { noteId: 'b', seconds: 1504, text: 'Batch vs. online prediction', at: 2 },
  { noteId: 'a', seconds: 754, text: 'Feature stores — see *chapter 5*', at: 1 },
]);

describe('checklistMarkdown', () => {
  const markdown = checklistMarkdown(bookClub, progress);

  it('reads as a checklist: sections as headings, ticks, notes linking to their moment', () => {
    expect(markdown).toContain(
      [
        '# Designing Machine Learning Systems — book club',
        '',
        '1 of 105 finished.',
        '',
        '## Book club sessions',
        '',
        '### Session 1 — Chapter 1: Overview of ML Systems',
        '',
        `- [x] [Slides](https://${slides})`,
        '- [ ] [YouTube](https://www.youtube.com/watch?v=spFsPbDw7Lg) — watched 40%',
        '  - [12:34](https://www.youtube.com/watch?v=spFsPbDw7Lg&t=754s) Feature stores — see \\*chapter 5\\*',
        '  - [25:04](https://www.youtube.com/watch?v=spFsPbDw7Lg&t=1504s) Batch vs. online prediction',
        '',
        '### Session 2 — Chapter 2: Introduction to ML Systems Design',
      ].join('\n'),
    );
  });

  it('lists items without a link as plain entries, and every item once', () => {
    expect(markdown).toMatch(/\n- \[ \] Chapter 11: The Human Side of Machine Learning\n/);
    expect(markdown.match(/^- \[[ x]\] /gm)).toHaveLength(105);
  });

  it('marks a skipped item finished, saying so', () => {
    const list: Curriculum = importMarkdown('# L\n- [A](https://a.example)');
    const skipped = deriveProgress(
      Object.fromEntries([entry({ field: 'status', subject: 'a.example' }, 'skipped')]),
    );
    expect(checklistMarkdown(list, skipped)).toBe(
      '# L\n\n1 of 1 finished.\n\n## L\n\n- [x] [A](https://a.example/) — skipped\n',
    );
  });
});

describe('notesMarkdown', () => {
  it('groups every note by curriculum and session, each item once, notes in time order', () => {
    const mine = importMarkdown(
      '# Rewatch\n- [Session 1 again](https://youtu.be/spFsPbDw7Lg)\n- [Other](https://o.example)',
    );
    expect(notesMarkdown(notesBySession([bookClub, mine], progress))).toBe(
      [
        '# Notes',
        '',
        '## Designing Machine Learning Systems — book club',
        '',
        '### Book club sessions › Session 1 — Chapter 1: Overview of ML Systems',
        '',
        '#### [YouTube](https://www.youtube.com/watch?v=spFsPbDw7Lg)',
        '',
        '- [12:34](https://www.youtube.com/watch?v=spFsPbDw7Lg&t=754s) Feature stores — see \\*chapter 5\\*',
        '- [25:04](https://www.youtube.com/watch?v=spFsPbDw7Lg&t=1504s) Batch vs. online prediction',
        '',
        '## Rewatch',
        '',
        '### Rewatch',
        '',
        '#### [Session 1 again](https://youtu.be/spFsPbDw7Lg)',
        '',
        '- [12:34](https://www.youtube.com/watch?v=spFsPbDw7Lg&t=754s) Feature stores — see \\*chapter 5\\*',
        '- [25:04](https://www.youtube.com/watch?v=spFsPbDw7Lg&t=1504s) Batch vs. online prediction',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is no note', () => {
    expect(notesMarkdown(notesBySession([bookClub], new Map()))).toBe('# Notes\n\nNo notes yet.\n');
  });
});
