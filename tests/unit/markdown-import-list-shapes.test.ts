import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Section } from '../../shared/curriculum';
import { importMarkdown } from '../../shared/markdown-import/import-markdown';
import { walkItems } from '../../shared/walk-items';

/** The shapes real reading lists use, written for the tests: tests/fixtures/reading-lists/README.md. */
const excerpts = readFileSync('tests/fixtures/reading-lists/list-shapes.md', 'utf8');
const base = 'https://github.com/chiphuyen/dmls-book/blob/main/';
const curriculum = importMarkdown(excerpts, { base });
const section = (title: string): Section => {
  const found = curriculum.sections[0]!.sections.find((s) => s.title.startsWith(title));
  if (!found) throw new Error(`no section ${title}`);
  return found;
};

describe('importMarkdown on the shapes of real reading lists', () => {
  it('gives each link of a multi-link list entry an item titled to read alone, with no group', () => {
    const data = section('Data Engineering');
    expect(data.sections).toEqual([]);
    expect(data.items.map((i) => i.title)).toEqual([
      'Emerging Architectures for Modern Data Infrastructure',
      'Awesome Data Engineering. Learning path and resources to become a data engineer',
      'Data Quality at Airbnb — Part 1',
      'Data Quality at Airbnb — Part 2',
    ]);
    const deployment = section('Model Deployment');
    expect(deployment.items.map((i) => i.title)).toEqual([
      'The 2021 State of Enterprise Machine Learning',
      'The 2021 State of Enterprise Machine Learning — PDF',
      'The 2021 State of Enterprise Machine Learning — Interactive',
      'ML Model Rollout To Production — Part 1',
      'ML Model Rollout To Production — Part 2',
      'ML Infrastructure Tools for Production — Part 1 — Production ML — The Final Stage of the Model Workflow',
      'ML Infrastructure Tools for Production — Part 2 — Model Deployment and Serving',
    ]);
  });

  it('reads badge-laden awesome-list entries as the project plus its demo video', () => {
    expect(section('Data Pipeline').items.map((i) => [i.title, i.kind, i.startSeconds])).toEqual([
      ['Flyte', 'repo', undefined],
      ['Flyte — Demo', 'video', 1451],
      ['Pachyderm', 'repo', undefined],
      ['Pachyderm — Video', 'video', undefined],
      ['Apache Druid', 'repo', undefined],
      ['Apache Druid — article', 'blog', undefined],
    ]);
  });

  it('resolves relative links against the source', () => {
    expect(section('The book').items.map((i) => i.url)).toEqual([
      `${base}ToC.pdf`,
      `${base}summary.md`,
      `${base}mlops-tools.md`,
      `${base}resources.md`,
      `${base}basic-ml-review.md`,
    ]);
  });

  it('keeps a schedule row with several links a group titled by its cells, one item per link', () => {
    const rows = section('Presentation Schedule').sections;
    expect(rows.map((r) => [r.title, r.items.map((i) => `${i.title} ${i.resourceKey}`)])).toEqual([
      [
        'Saturday, April 13, 2024 · 1 · 1 (Chad SHAPLV)',
        [
          'Slides github.com/mlops-discord/dmls-bookclub/blob/main/slides/chapter1-20240413-chad-shaplv.pdf',
          'YouTube youtube:spFsPbDw7Lg',
        ],
      ],
      [
        'Saturday, April 20, 2024 · 2 · 6 (Pablo Discobar)',
        [
          'Slides github.com/mlops-discord/dmls-bookclub/blob/main/slides/chapter2-20240420-pablo-discobar.pdf',
          'YouTube youtube:q7RhT39LV8E',
        ],
      ],
    ]);
  });

  it('titles no item or section by separators alone', () => {
    const titles = [...walkItems(curriculum)].flatMap(({ item, path }) => [
      item.title,
      ...path.map((s) => s.title),
    ]);
    for (const title of titles) expect(title).toMatch(/[\p{L}\p{N}]/u);
  });
});

describe('importMarkdown: the cases a learner meets in any list', () => {
  it('nested lists: linked sub-entries sit in a section named by their parent entry', () => {
    const c = importMarkdown(
      '# Chapter 4\n- Sampling\n  - [Rejection sampling](https://r.example)\n  - Weighted\n    - [Paper](https://w.example)\n- [Weak supervision](https://ws.example)',
    );
    const outline = (s: Section): unknown => ({
      [s.title]: [...s.items.map((i) => i.title), ...s.sections.map(outline)],
    });
    expect(c.sections.map(outline)).toEqual([
      {
        'Chapter 4': [
          'Weak supervision',
          { Sampling: ['Rejection sampling', { Weighted: ['Paper'] }] },
        ],
      },
    ]);
  });

  it('duplicates: one item per resource in a list, one shared resource key across lists', () => {
    const c = importMarkdown(
      [
        '# A',
        '- [Talk](https://www.youtube.com/watch?v=spFsPbDw7Lg) | [same talk](https://youtu.be/spFsPbDw7Lg)',
        '- [Talk again](https://youtu.be/spFsPbDw7Lg?t=10)',
        '# B',
        '- [The talk](https://youtu.be/spFsPbDw7Lg)',
      ].join('\n'),
    );
    expect([...walkItems(c)].map(({ item }) => [item.title, item.resourceKey])).toEqual([
      ['Talk', 'youtube:spFsPbDw7Lg'],
      ['The talk', 'youtube:spFsPbDw7Lg'],
    ]);
  });

  it('items without links: ticked by hand, keyed by curriculum and item', () => {
    const c = importMarkdown('# Books\n- Designing Data-Intensive Applications', { id: 'shelf' });
    const item = [...walkItems(c)][0]?.item;
    expect(item?.url).toBeUndefined();
    expect(item?.resourceKey).toBe('manual:shelf/books-designing-data-intensive-applications');
  });

  it('headings without items are pruned, at any depth', () => {
    const c = importMarkdown(
      '# List\n## Intro\nProse only.\n## Links\n### Empty\n### Full\n- [x](https://x.example)',
    );
    expect(JSON.stringify(c.sections.map((s) => [s.title, s.sections.map((t) => t.title)]))).toBe(
      JSON.stringify([['List', ['Links']]]),
    );
    expect(c.sections[0]!.sections[0]!.sections.map((s) => s.title)).toEqual(['Full']);
  });
});
