import type { Section, SessionMeta } from '../../shared/curriculum';
import { importMarkdown } from '../../shared/markdown-import/import-markdown';
import { findSection } from './find-section';
import { scheduleDate } from './schedule-date';

export const SESSION_COUNT = 11;
/** The schedule table's columns, as the importer keeps them in each row's `meta`. */
const DATE = 'Date';
const CHAPTER = 'Chapter';
const GROUP = 'Group Number (Name)';

/**
 * From the "Presentation Schedule" table of dmls-bookclub-README.md. The importer reads each
 * row, which holds several links (Slides ◦ YouTube ◦ bonus), as a group of items with the
 * row's other cells as `meta`. This step turns each group into one session:
 * - `session.number`: the row's position (1–11); `date`: the Date cell as an ISO date (its
 *   weekday checked); `chapter`: the Chapter cell; `chapterTitle`: that chapter's title from the
 *   chapter summaries; `group`: the "Group Number (Name)" cell as written, e.g.
 *   "1 (Chad SHAPLV)" (spaces collapsed);
 * - the title becomes "Session N — Chapter C: <chapter title>"; the row's `meta` is dropped
 *   (the session holds it all); the items (slides, recording with its `t=` start, bonus) stay
 *   as imported.
 */
export function bookClubSessions(
  markdown: string,
  chapterTitles: ReadonlyMap<number, string>,
  title: string,
): Section {
  const imported = importMarkdown(markdown);
  const rows = findSection(imported.sections, 'Presentation Schedule').sections;
  if (rows.length !== SESSION_COUNT) {
    throw new Error(`The schedule has ${rows.length} rows, expected ${SESSION_COUNT}.`);
  }
  const sessions = rows.map((row, index): Section => {
    const cell = (name: string): string => {
      const value = row.meta?.[name];
      if (!value) throw new Error(`Schedule row ${index + 1} has no "${name}" cell.`);
      return value;
    };
    const chapter = Number(cell(CHAPTER));
    const chapterTitle = chapterTitles.get(chapter);
    if (!chapterTitle) throw new Error(`Schedule row ${index + 1}: no chapter ${chapter}.`);
    const session: SessionMeta = {
      number: index + 1,
      date: scheduleDate(cell(DATE)),
      chapter,
      chapterTitle,
      group: cell(GROUP),
    };
    return {
      id: '',
      title: `Session ${session.number} — Chapter ${chapter}: ${chapterTitle}`,
      items: row.items,
      sections: [],
      session,
    };
  });
  return { id: '', title, items: [], sections: sessions };
}
