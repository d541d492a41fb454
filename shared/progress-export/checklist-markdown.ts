import type { Curriculum, Item, Section } from '../curriculum';
import { isFinished, itemState } from '../item-state';
import { progressSubject } from '../progress-keys';
import type { ResourceProgress } from '../resource-progress';
import { walkItems } from '../walk-items';
import { markdownLink, markdownText, noteLine } from './markdown-text';

/**
 * A curriculum as a Markdown checklist, to paste into a notes app or a club's channel:
 *
 * ```md
 * # Designing Machine Learning Systems — book club
 *
 * 3 of 105 finished.
 *
 * ## Session 1 — Chapter 1: Overview of Machine Learning Systems
 * - [x] [Slides](https://github.com/…/chapter1.pdf)
 * - [ ] [YouTube](https://www.youtube.com/watch?v=spFsPbDw7Lg) — watched 40%
 *   - [12:34](https://www.youtube.com/watch?v=spFsPbDw7Lg&t=754s) Feature stores
 * ```
 *
 * Sections are headings (`##` down to `######`), items task-list entries, ticked when done or
 * skipped (`itemState`); the learner's notes follow their item, each linking to its moment.
 * `progress` is `deriveProgress` of the registers, by subject.
 */
export function checklistMarkdown(
  curriculum: Curriculum,
  progress: ReadonlyMap<string, ResourceProgress>,
): string {
  const of = (item: Item) => progress.get(progressSubject(item.resourceKey));
  const all = [...walkItems(curriculum)];
  const finished = all.filter(({ item }) => isFinished(itemState(of(item)))).length;
  const lines = [
    `# ${markdownText(curriculum.title)}`,
    '',
    `${finished} of ${all.length} finished.`,
  ];
  const visit = (section: Section, depth: number): void => {
    lines.push('', `${'#'.repeat(Math.min(6, depth + 2))} ${markdownText(section.title)}`);
    if (section.items.length > 0) lines.push('');
    for (const item of section.items) {
      const itemProgress = of(item);
      lines.push(entry(item, itemProgress));
      for (const note of itemProgress?.notes ?? []) {
        if (note.text.trim()) lines.push(noteLine(note, item.url, '  '));
      }
    }
    for (const child of section.sections) visit(child, depth + 1);
  };
  for (const section of curriculum.sections) visit(section, 0);
  return `${lines.join('\n')}\n`;
}

function entry(item: Item, progress: ResourceProgress | undefined): string {
  const state = itemState(progress);
  const box = isFinished(state) ? '[x]' : '[ ]';
  const title = item.url ? markdownLink(item.title, item.url) : markdownText(item.title);
  const status =
    state.kind === 'skipped'
      ? ' — skipped'
      : state.kind === 'watching'
        ? ` — watched ${state.percent}%`
        : '';
  return `- ${box} ${title}${status}`;
}
