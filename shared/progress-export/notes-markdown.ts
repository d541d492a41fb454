import { markdownLink, markdownText, noteLine } from './markdown-text';
import type { CurriculumNotes } from './notes-by-session';

/**
 * Notes as Markdown (`notesBySession`, or the part of it a search kept): `# Notes`, a heading
 * per curriculum, then per session (the sections above the item: "Book club › Session 1 — …"),
 * then per item (linked), its notes in time order, each linking to its moment.
 */
export function notesMarkdown(groups: readonly CurriculumNotes[]): string {
  const lines = ['# Notes'];
  for (const { curriculum, sessions } of groups) {
    lines.push('', `## ${markdownText(curriculum.title)}`);
    for (const session of sessions) {
      lines.push('', `### ${session.path.map(markdownText).join(' › ')}`);
      for (const { item, notes } of session.items) {
        const title = item.url ? markdownLink(item.title, item.url) : markdownText(item.title);
        lines.push('', `#### ${title}`, '');
        for (const note of notes) lines.push(noteLine(note, item.url));
      }
    }
  }
  if (groups.length === 0) lines.push('', 'No notes yet.');
  return `${lines.join('\n')}\n`;
}
