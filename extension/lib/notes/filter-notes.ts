import type { CurriculumNotes } from '../../../shared/progress-export/notes-by-session';
import { hasAllWords } from '../fold-text';

/**
 * The notes a search keeps: those where every word appears in the note, its item's title, its
 * session's or its curriculum's title ("chapter 5 feature" finds the notes on feature stores
 * in chapter 5's video). Items, sessions and curricula left without notes go; no words keep
 * everything.
 */
export function filterNotes(
  groups: readonly CurriculumNotes[],
  words: readonly string[],
): CurriculumNotes[] {
  if (words.length === 0) return [...groups];
  return groups.flatMap(({ curriculum, sessions }) => {
    const kept = sessions.flatMap((session) => {
      const items = session.items.flatMap(({ item, notes }) => {
        const context = [curriculum.title, ...session.path, item.title].join('\n');
        const matching = notes.filter((note) => hasAllWords(`${context}\n${note.text}`, words));
        return matching.length > 0 ? [{ item, notes: matching }] : [];
      });
      return items.length > 0 ? [{ ...session, items }] : [];
    });
    return kept.length > 0 ? [{ curriculum, sessions: kept }] : [];
  });
}

/** How many notes the groups hold. */
export function countNotes(groups: readonly CurriculumNotes[]): number {
  let count = 0;
  for (const { sessions } of groups) {
    for (const { items } of sessions) for (const { notes } of items) count += notes.length;
  }
  return count;
}
