import { describe, expect, it } from 'vitest';
import type { Curriculum, Section } from '../../shared/curriculum';
import { importMarkdown } from '../../shared/markdown-import/import-markdown';
import { walkItems } from '../../shared/walk-items';

/** The tree as titles: a learner sees exactly this shape. */
function outline(sections: readonly Section[]): unknown[] {
  return sections.map((s) => ({
    [s.title]: [...s.items.map((i) => i.title), ...outline(s.sections)],
  }));
}
const titles = (c: Curriculum) => [...walkItems(c)].map(({ item }) => item.title);

describe('importMarkdown: headings become nested sections', () => {
  it('nests h2 under h1 and h3 under h2, closing a section at the next heading of its level', () => {
    const c = importMarkdown(
      [
        '# Course',
        '## Week 1',
        '- [Intro](https://example.com/intro)',
        '### Extra',
        '- [Deep dive](https://example.com/deep)',
        '## Week 2',
        '- [Next](https://example.com/next)',
      ].join('\n'),
    );
    expect(outline(c.sections)).toEqual([
      { Course: [{ 'Week 1': ['Intro', { Extra: ['Deep dive'] }] }, { 'Week 2': ['Next'] }] },
    ]);
  });

  it('nests a skipped level under the nearest heading above it', () => {
    const c = importMarkdown(
      '# A\n### A.1\n- [x](https://x.example)\n# B\n- [y](https://y.example)',
    );
    expect(outline(c.sections)).toEqual([{ A: [{ 'A.1': ['x'] }] }, { B: ['y'] }]);
  });

  it('takes the title from the first heading, unless one is given', () => {
    const md = '# My list\n- [x](https://x.example)';
    expect(importMarkdown(md).title).toBe('My list');
    expect(importMarkdown(md).id).toBe('my-list');
    expect(importMarkdown(md, { title: 'Other' }).title).toBe('Other');
  });

  it('puts entries above the first heading in a section named after the curriculum', () => {
    const c = importMarkdown('- [x](https://x.example)\n# Later\n- [y](https://y.example)', {
      title: 'Reading',
    });
    expect(outline(c.sections)).toEqual([{ Reading: ['x'] }, { Later: ['y'] }]);
  });

  it('drops headings over prose only, and ignores links in prose paragraphs', () => {
    const c = importMarkdown(
      '# List\nSee [my site](https://me.example) for more.\n## About\nJust words.\n## Links\n- [x](https://x.example)',
    );
    expect(outline(c.sections)).toEqual([{ List: [{ Links: ['x'] }] }]);
  });

  it('reads a heading that is one link as an item of its section', () => {
    const c = importMarkdown(
      '## [Chapter 1: Basics](https://book.example/1)\n- [More](https://m.example)',
    );
    expect(c.sections[0]?.items.map((i) => [i.title, i.url])).toEqual([
      ['Chapter 1: Basics', 'https://book.example/1'],
      ['More', 'https://m.example/'],
    ]);
  });

  it('skips YAML front matter instead of reading it as a heading', () => {
    const c = importMarkdown('---\nauthor: Me\ntags:\n---\n# Real title\n- [x](https://x.example)');
    expect(c.title).toBe('Real title');
    expect(outline(c.sections)).toEqual([{ 'Real title': ['x'] }]);
  });

  it('reads lists inside block quotes and HTML <details> blocks', () => {
    const c = importMarkdown(
      '# Q\n> - [quoted](https://q.example)\n\n<details>\n<summary>More</summary>\n\n1. [hidden](https://h.example)\n</details>',
    );
    expect(titles(c)).toEqual(['quoted', 'hidden']);
  });
});

describe('importMarkdown: list entries', () => {
  it('makes one item per linked entry, titled by its link when the entry starts with it', () => {
    const c = importMarkdown(
      [
        '# L',
        '1. [Paper A](https://a.example) (Author, 2020)',
        '2. **[Tool B](https://b.example)** - does things',
        '3. Continuous learning. [Part 1](https://c.example/1)',
      ].join('\n'),
    );
    expect(titles(c)).toEqual(['Paper A', 'Tool B', 'Continuous learning. Part 1']);
  });

  it('makes plain entries without links items checked off by hand', () => {
    const c = importMarkdown(
      '# Books\n- "Deep Learning" by Goodfellow et al.\n- [ ] Practical MLOps',
    );
    const items = [...walkItems(c)].map(({ item }) => item);
    expect(items.map((i) => [i.title, i.url, i.kind])).toEqual([
      ['"Deep Learning" by Goodfellow et al.', undefined, 'book'],
      ['Practical MLOps', undefined, 'book'],
    ]);
    expect(items[0]?.resourceKey).toBe(`manual:books/${items[0]?.id}`);
  });

  it('reads nested entries without links as notes on their parent, not as items', () => {
    const c = importMarkdown(
      '# Courses\n1. [FSDL](https://fsdl.example)\n   - Covers the full stack.\n2. Plain course\n   - A description.',
    );
    expect(titles(c)).toEqual(['FSDL', 'Plain course']);
  });

  it('turns an entry with linked sub-entries into a section', () => {
    const c = importMarkdown(
      '# Tools\n- Serving\n  - [A](https://a.example)\n  - [B](https://b.example)\n- [C](https://c.example)',
    );
    expect(outline(c.sections)).toEqual([{ Tools: ['C', { Serving: ['A', 'B'] }] }]);
  });

  it('makes an entry with several links one item per link, side by side, each titled to read alone', () => {
    const c = importMarkdown(
      '# Data\n- Data Quality at Airbnb [Part 1](https://a.example/1) | [Part 2](https://a.example/2)\n- [Next](https://n.example)',
    );
    expect(outline(c.sections)).toEqual([
      { Data: ['Data Quality at Airbnb — Part 1', 'Data Quality at Airbnb — Part 2', 'Next'] },
    ]);
  });

  it('titles the links of an entry that opens with its main link after that link', () => {
    const c = importMarkdown(
      '# Tools\n- [Flyte](https://github.com/flyteorg/flyte) - a platform - [(Demo)](https://youtu.be/KdUJGSP1h9U)',
    );
    expect([...walkItems(c)].map(({ item }) => [item.title, item.kind])).toEqual([
      ['Flyte', 'repo'],
      ['Flyte — Demo', 'video'],
    ]);
  });

  it('never makes a section or an item titled by separators alone', () => {
    const c = importMarkdown(
      '# Badges\n- [![](https://img.example/a.svg)](https://a.example) | [![](https://img.example/b.svg)](https://b.example)\n- |\n  - [Sub](https://s.example)',
    );
    expect(outline(c.sections)).toEqual([
      { Badges: ['https://a.example/', 'https://b.example/', 'Sub'] },
    ]);
  });

  it('keeps an entry with several links and linked sub-entries a section: its links, then the sub-entries', () => {
    const c = importMarkdown(
      '# Courses\n- Full Stack Deep Learning [2021](https://fsdl.example/2021) | [2022](https://fsdl.example/2022)\n  - [Lecture 1](https://fsdl.example/l1)',
    );
    expect(outline(c.sections)).toEqual([
      {
        Courses: [
          {
            'Full Stack Deep Learning 2021 | 2022': [
              'Full Stack Deep Learning — 2021',
              'Full Stack Deep Learning — 2022',
              'Lecture 1',
            ],
          },
        ],
      },
    ]);
  });
});

describe('importMarkdown: tables', () => {
  const schedule = [
    '# Schedule',
    '| Date | Chapter | Group | Links |',
    '|------|---------|-------|-------|',
    '| Sat, April 13 | 1 | 1 (Chad) | [Slides](https://s.example/1.pdf) ◦ [YouTube](https://www.youtube.com/watch?v=spFsPbDw7Lg) |',
    '| Sat, April 20 | 2 | 6 (Pablo) | [Slides](https://s.example/2.pdf) ◦ [YouTube](https://youtu.be/q7RhT39LV8E?t=90) ◦ [Bonus](https://docs.google.com/presentation/d/abc/) |',
  ].join('\n');

  it('makes a row with several links a group of items, with the other cells as meta', () => {
    const [row1, row2] = importMarkdown(schedule).sections[0]!.sections;
    expect(row1?.title).toBe('Sat, April 13 · 1 · 1 (Chad)');
    expect(row1?.meta).toEqual({ Date: 'Sat, April 13', Chapter: '1', Group: '1 (Chad)' });
    expect(row1?.items.map((i) => [i.title, i.kind])).toEqual([
      ['Slides', 'slides'],
      ['YouTube', 'video'],
    ]);
    expect(row2?.items.map((i) => [i.title, i.kind, i.startSeconds])).toEqual([
      ['Slides', 'slides', undefined],
      ['YouTube', 'video', 90],
      ['Bonus', 'slides', undefined],
    ]);
  });

  it('makes a row with one link an item, a row without links a manual item', () => {
    const c = importMarkdown(
      '# T\n| Name | Site | Year |\n|---|---|---|\n| Tool | [tool.dev](https://tool.dev) | 2024 |\n| Book | none | 2020 |',
    );
    const items = c.sections[0]!.items;
    expect(items.map((i) => [i.title, i.url, i.meta])).toEqual([
      ['tool.dev', 'https://tool.dev/', { Name: 'Tool', Year: '2024' }],
      ['Book', undefined, { Site: 'none', Year: '2020' }],
    ]);
  });

  it('names blank column headers and skips rows of anchor links (a table of contents)', () => {
    const c = importMarkdown(
      '# T\n| | |\n|-|-|\n| [Core](#core) | [Books](#books) |\n| 2021 | [x](https://x.example) |',
    );
    expect(c.sections[0]!.items.map((i) => [i.title, i.meta])).toEqual([
      ['x', { 'Column 1': '2021' }],
    ]);
  });
});
