/**
 * The Markdown examples in README.md and docs/export-format.md are what the exports write: the
 * book club with its first slide deck ticked and two notes on session 1's video, watched to 40%.
 * An example may leave parts out with a line holding only `…`; what it shows must be in the
 * output, in order, line for line. On failure the output to copy is in the message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checklistMarkdown } from '../../shared/progress-export/checklist-markdown';
import { notesBySession } from '../../shared/progress-export/notes-by-session';
import { notesMarkdown } from '../../shared/progress-export/notes-markdown';
import { bookClub, bookClubProgress } from './support/book-club-progress';

const progress = bookClubProgress([
  { noteId: 'n1', seconds: 754, text: 'Feature stores: where training and serving meet', at: 1 },
  { noteId: 'n2', seconds: 1504, text: 'Batch vs. online prediction', at: 2 },
]);

/** The ```md blocks of a Markdown file, out of any list indentation. */
function markdownBlocks(path: string): string[][] {
  const blocks: string[][] = [];
  for (const match of readFileSync(path, 'utf8').matchAll(/^( *)```md\n([\s\S]*?)^ *```$/gm)) {
    const indent = match[1]!.length;
    blocks.push(
      match[2]!
        .trimEnd()
        .split('\n')
        .map((line) => line.slice(indent)),
    );
  }
  return blocks;
}

/** Whether the example's parts between `…` lines are the output's, in order. */
function expectExcerpt(example: string[], output: string): void {
  const lines = output.trimEnd().split('\n');
  if (!example.includes('…')) {
    expect(example.join('\n'), output).toBe(lines.join('\n'));
    return;
  }
  let from = 0;
  const parts = example.join('\n').split(/^…$/m);
  for (const [i, part] of parts.entries()) {
    const wanted = part.replace(/^\n+|\n+$/g, '');
    if (!wanted) continue;
    const partLines = wanted.split('\n');
    let at = -1;
    for (let start = from; start + partLines.length <= lines.length; start++) {
      if (partLines.every((line, k) => lines[start + k] === line)) {
        at = start;
        break;
      }
    }
    expect(at, `part ${i + 1} of the example is not in the output:\n${output}`).toBeGreaterThan(-1);
    if (i === 0) expect(at, 'the example starts where the output does').toBe(0);
    from = at + partLines.length;
  }
}

const checklist = checklistMarkdown(bookClub, progress);
const notes = notesMarkdown(notesBySession([bookClub], progress));
const outputOf = (example: string[]) => (example[0] === '# Notes' ? notes : checklist);

describe('the Markdown examples', () => {
  it('README: the checklist of the book club with two notes', () => {
    const examples = markdownBlocks('README.md');
    expect(examples).toHaveLength(1);
    expectExcerpt(examples[0]!, checklist);
  });

  it('docs/export-format.md: the checklist and the notes', () => {
    const examples = markdownBlocks('docs/export-format.md');
    expect(examples.map((e) => e[0])).toEqual([
      '# Designing Machine Learning Systems — book club',
      '# Notes',
    ]);
    for (const example of examples) expectExcerpt(example, outputOf(example));
  });
});
