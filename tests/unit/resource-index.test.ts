import { describe, expect, it } from 'vitest';
import type { Curriculum, Item } from '../../shared/curriculum';
import { manualResourceKey } from '../../shared/manual-resource-key';
import { createResourceIndex } from '../../shared/resource-index';
import { resourceKey } from '../../shared/resource-key';

const VIDEO = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=95';
const CHAPTER = 'https://github.com/chiphuyen/dmls-book/blob/main/chapter-1.md';
const PAPER = 'https://arxiv.org/abs/2010.00001';

function item(id: string, url?: string): Item {
  return {
    id,
    title: `Item ${id}`,
    kind: 'link',
    ...(url
      ? { url, resourceKey: resourceKey(url)! }
      : { resourceKey: manualResourceKey('c', id) }),
  };
}

const bookClub: Curriculum = {
  id: 'book-club',
  title: 'Book club',
  source: 'test',
  version: 1,
  sections: [
    {
      id: 'sessions',
      title: 'Sessions',
      items: [],
      sections: [
        {
          id: 'week-1',
          title: 'Week 1',
          items: [item('recording', VIDEO), item('chapter', CHAPTER)],
          sections: [],
        },
      ],
    },
    {
      id: 'reading',
      title: 'Reading list',
      items: [item('paper', PAPER), item('chapter-again', CHAPTER), item('book')],
      sections: [],
    },
  ],
};
const other: Curriculum = {
  id: 'other',
  title: 'Other',
  source: 'test',
  version: 1,
  sections: [{ id: 'all', title: 'All', items: [item('talk', VIDEO)], sections: [] }],
};

const where = (refs: readonly { curriculumId: string; item: Item; sectionPath: string[] }[]) =>
  refs.map((r) => `${r.curriculumId}:${r.sectionPath.join(' > ')}:${r.item.id}`);

describe('resource index', () => {
  const index = createResourceIndex([bookClub, other]);

  it('finds an item by any form of its URL, with the sections above it', () => {
    for (const url of [
      VIDEO,
      'https://youtu.be/dQw4w9WgXcQ',
      'https://m.youtube.com/watch?v=dQw4w9WgXcQ&list=PL1',
    ]) {
      expect(where(index.lookup(url)), url).toEqual([
        'book-club:Sessions > Week 1:recording',
        'other:All:talk',
      ]);
    }
    expect(where(index.lookup('http://www.arxiv.org/abs/2010.00001/?utm_source=feed#x'))).toEqual([
      'book-club:Reading list:paper',
    ]);
  });

  it('gives every listing of a resource listed twice in one curriculum', () => {
    const raw =
      'https://raw.githubusercontent.com/chiphuyen/dmls-book/refs/heads/main/chapter-1.md';
    expect(where(index.lookup(raw))).toEqual([
      'book-club:Sessions > Week 1:chapter',
      'book-club:Reading list:chapter-again',
    ]);
  });

  it('answers by resource key too, manual items included', () => {
    expect(where(index.byKey('youtube:dQw4w9WgXcQ'))).toHaveLength(2);
    expect(where(index.byKey(manualResourceKey('c', 'book')))).toEqual([
      'book-club:Reading list:book',
    ]);
  });

  it('answers [] for a URL that is in no curriculum, or is not a URL', () => {
    expect(index.lookup('https://example.com/elsewhere')).toEqual([]);
    expect(index.lookup('https://www.youtube.com/watch?v=BaW_jenozKc')).toEqual([]);
    expect(index.lookup('chrome://newtab')).toEqual([]);
    expect(index.lookup('')).toEqual([]);
    expect(index.byKey('nothing')).toEqual([]);
  });

  it('does not let a caller change the index through an answer', () => {
    const refs = index.lookup(VIDEO) as unknown as unknown[];
    expect(() => refs.push('x')).toThrow();
    expect(index.lookup(VIDEO)).toHaveLength(2);
  });

  it('still matches an item whose stored key came from an older key rule', () => {
    const stale: Curriculum = {
      ...other,
      sections: [
        {
          id: 'all',
          title: 'All',
          items: [{ ...item('old', 'https://example.com/a/'), resourceKey: 'example.com/a/' }],
          sections: [],
        },
      ],
    };
    const staleIndex = createResourceIndex([stale]);
    expect(where(staleIndex.lookup('https://example.com/a'))).toEqual(['other:All:old']);
    expect(where(staleIndex.byKey('example.com/a/'))).toEqual(['other:All:old']);
  });

  it('finds an item without a link by the page the learner linked to it, in any form', () => {
    const links = new Map([[manualResourceKey('c', 'book'), 'https://example.org/book.pdf']]);
    const linked = createResourceIndex([bookClub], links);
    expect(where(linked.lookup('http://www.example.org/book.pdf?utm_source=x#p2'))).toEqual([
      'book-club:Reading list:book',
    ]);
    // Still under its own key, where its progress is.
    expect(where(linked.byKey(manualResourceKey('c', 'book')))).toEqual([
      'book-club:Reading list:book',
    ]);
    expect(index.lookup('https://example.org/book.pdf')).toEqual([]);
  });

  it('is empty for no curricula', () => {
    expect(createResourceIndex([]).lookup(VIDEO)).toEqual([]);
  });
});
