import type { Curriculum } from '../curriculum';
import { progressSubject } from '../progress-keys';
import type { ResourceProgress } from '../resource-progress';
import { walkItems } from '../walk-items';
import { markdownLink, markdownText, noteLine } from './markdown-text';

/**
 * Every note, as Markdown: a heading per curriculum, then per session (the section holding the
 * item, under its parents: "Book club › Session 1 — …"), then per item (linked), its notes in
 * time order, each linking to its moment. A resource listed twice in a curriculum shows once;
 * one in two curricula shows under each. Curricula and sections without notes are left out.
 */
export function notesMarkdown(
  curricula: readonly Curriculum[],
  progress: ReadonlyMap<string, ResourceProgress>,
): string {
  const lines = ['# Notes'];
  for (const curriculum of curricula) {
    const shown = new Set<string>();
    const block: string[] = [];
    let lastSession = '';
    for (const { item, path } of walkItems(curriculum)) {
      if (shown.has(item.resourceKey)) continue;
      const notes = (progress.get(progressSubject(item.resourceKey))?.notes ?? []).filter((n) =>
        n.text.trim(),
      );
      if (notes.length === 0) continue;
      shown.add(item.resourceKey);
      const session = path.map((s) => markdownText(s.title)).join(' › ');
      if (session !== lastSession) {
        block.push('', `### ${session}`);
        lastSession = session;
      }
      const title = item.url ? markdownLink(item.title, item.url) : markdownText(item.title);
      block.push('', `#### ${title}`, '');
      for (const note of notes) block.push(noteLine(note, item.url));
    }
    if (block.length > 0) lines.push('', `## ${markdownText(curriculum.title)}`, ...block);
  }
  if (lines.length === 1) lines.push('', 'No notes yet.');
  return `${lines.join('\n')}\n`;
}
