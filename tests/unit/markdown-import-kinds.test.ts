import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../shared/markdown-import/import-markdown';
import { walkItems } from '../../shared/walk-items';

function kinds(markdown: string) {
  return [...walkItems(importMarkdown(markdown))].map(({ item }) => [item.title, item.kind]);
}

describe('importMarkdown: the kind of each item', () => {
  it('guesses from the URL', () => {
    expect(
      kinds(
        [
          '# Mixed',
          '- [a](https://www.youtube.com/live/C_140NJfNtE?t=232s)',
          '- [b](https://github.com/o/r/blob/main/slides/chapter1.pdf)',
          '- [c](https://docs.google.com/presentation/d/1lV_RQ/)',
          '- [d](https://github.com/visenger/awesome-mlops)',
          '- [e](https://arxiv.org/abs/2011.09926)',
          '- [f](https://www.coursera.org/learn/mlops-fundamentals)',
          '- [g](https://medium.com/airbnb-engineering/post)',
          '- [h](https://ml-ops.org/)',
          '- [i](https://www.youtube.com/@mlopslearners)',
        ].join('\n'),
      ),
    ).toEqual([
      ['a', 'video'],
      ['b', 'slides'],
      ['c', 'slides'],
      ['d', 'repo'],
      ['e', 'paper'],
      ['f', 'course'],
      ['g', 'blog'],
      ['h', 'link'],
      ['i', 'link'],
    ]);
  });

  it('keeps the start time of a YouTube link', () => {
    const c = importMarkdown('# V\n- [Rec](https://www.youtube.com/live/C_140NJfNtE?t=232s)');
    expect(c.sections[0]?.items[0]?.startSeconds).toBe(232);
  });

  it('drops a start time too large to be one, keeping the item and the list', () => {
    const c = importMarkdown(
      `# V\n- [Rec](https://youtu.be/C_140NJfNtE?t=${'9'.repeat(20)})\n- [B](https://b.example)`,
    );
    expect(c.sections[0]?.items.map((i) => [i.resourceKey, i.startSeconds])).toEqual([
      ['youtube:C_140NJfNtE', undefined],
      ['b.example', undefined],
    ]);
  });

  it('guesses from a [Tag], a chapter title, the heading above or a one-word title', () => {
    expect(
      kinds(
        [
          '# Papers',
          '- "Hidden Technical Debt in Machine Learning Systems" by D. Sculley et al.',
          '- [Book] Deep Learning (Goodfellow et al.)',
          '- Chapter 3: Data Engineering Fundamentals',
          '# Conferences and Workshops',
          '- MLSys Conference',
          '# Case studies',
          '- Space, Time and Groceries (Jeremy Stanley, 2017)',
          '# Misc',
          '- [Video](https://talks.example/42)',
          '- Something to read',
        ].join('\n'),
      ),
    ).toEqual([
      ['"Hidden Technical Debt in Machine Learning Systems" by D. Sculley et al.', 'paper'],
      ['[Book] Deep Learning (Goodfellow et al.)', 'book'],
      ['Chapter 3: Data Engineering Fundamentals', 'chapter'],
      ['MLSys Conference', 'conference'],
      ['Space, Time and Groceries (Jeremy Stanley, 2017)', 'case-study'],
      ['Video', 'video'],
      ['Something to read', 'reading'],
    ]);
  });

  it('does not read a chapter heading as a list of chapters, or a long title by one word', () => {
    expect(
      kinds(
        '## Chapter 1: Basics\n- Discusses what a video pipeline is\n- Why chapter one matters',
      ),
    ).toEqual([
      ['Discusses what a video pipeline is', 'reading'],
      ['Why chapter one matters', 'reading'],
    ]);
  });
});
