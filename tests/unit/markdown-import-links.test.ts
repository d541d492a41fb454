import { describe, expect, it } from 'vitest';
import type { Curriculum } from '../../shared/curriculum';
import {
  CurriculumImportError,
  importMarkdown,
} from '../../shared/markdown-import/import-markdown';
import { walkItems } from '../../shared/walk-items';

const items = (c: Curriculum) => [...walkItems(c)].map(({ item }) => item);
const pairs = (c: Curriculum) => items(c).map((i) => [i.title, i.url]);

describe('importMarkdown: relative links', () => {
  const md =
    '# Book\n- [Chapter 1](01_overview.md)\n- [Cover](../img/cover.png)\n- [Top](/README.md)';

  it('resolves relative links against the base', () => {
    const c = importMarkdown(md, { base: 'https://github.com/o/book/blob/main/' });
    expect(pairs(c)).toEqual([
      ['Chapter 1', 'https://github.com/o/book/blob/main/01_overview.md'],
      ['Cover', 'https://github.com/o/book/blob/img/cover.png'],
      ['Top', 'https://github.com/README.md'],
    ]);
    expect(c.source).toBe('https://github.com/o/book/blob/main/');
  });

  it('keeps entries whose relative link cannot be resolved, as items checked off by hand', () => {
    const c = importMarkdown(md);
    expect(pairs(c)).toEqual([
      ['Chapter 1', undefined],
      ['Cover', undefined],
      ['Top', undefined],
    ]);
  });

  it('reads an empty link target as text: the entry is still an item', () => {
    const c = importMarkdown('# Book\n## [Chapter 11: The Human Side]()\n- [Draft]()');
    expect(pairs(c)).toEqual([
      ['Chapter 11: The Human Side', undefined],
      ['Draft', undefined],
    ]);
  });

  it('refuses a base that is not an absolute http(s) address', () => {
    for (const base of ['docs/', 'ftp://host/x/', 'not a url']) {
      expect(() => importMarkdown(md, { base })).toThrow(CurriculumImportError);
    }
    expect(() => importMarkdown(md, { base: 'docs/' })).toThrow(/base "docs\/" is not an absolute/);
  });
});

describe('importMarkdown: links that are not resources', () => {
  it('ignores anchors and mailto: links, so a table of contents gives nothing', () => {
    const c = importMarkdown(
      '# Contents\n- [Core](#core)\n  - [Sub](#sub)\n- [Mail me](mailto:me@example.com)\n- [x](https://x.example)',
    );
    expect(pairs(c)).toEqual([['x', 'https://x.example/']]);
  });

  it('counts a badge wrapped in a link once, as its outer link; images are never items', () => {
    const c = importMarkdown(
      [
        '# Tools',
        '- [Autokeras](https://github.com/keras-team/autokeras) ![](https://img.shields.io/github/stars/keras-team/autokeras.svg) - AutoML',
        '- [![CI](https://img.shields.io/badge/ci-passing-green.svg)](https://github.com/o/badged)',
        '- ![logo](https://img.example/logo.png)',
      ].join('\n'),
    );
    expect(pairs(c)).toEqual([
      ['Autokeras', 'https://github.com/keras-team/autokeras'],
      ['CI', 'https://github.com/o/badged'],
    ]);
  });

  it('reads autolinks, bare URLs and reference links', () => {
    const c = importMarkdown(
      '# L\n- <https://auto.example/a>\n- See https://bare.example/b\n- [Ref][r]\n\n[r]: https://ref.example/c',
    );
    expect(items(c).map((i) => i.url)).toEqual([
      'https://auto.example/a',
      'https://bare.example/b',
      'https://ref.example/c',
    ]);
  });
});

describe('importMarkdown: duplicate links', () => {
  it('collapses a link repeated within one list, in any URL form, to its first entry', () => {
    const c = importMarkdown(
      [
        '# Videos',
        '- [Talk](https://www.youtube.com/watch?v=spFsPbDw7Lg)',
        '- [Same talk](https://youtu.be/spFsPbDw7Lg?si=share)',
        '- [Site](https://example.com/page)',
        '- [Site again](http://www.example.com/page/)',
      ].join('\n'),
    );
    expect(items(c).map((i) => i.title)).toEqual(['Talk', 'Site']);
  });

  it('keeps the same link in two lists as two items sharing one resource key', () => {
    const c = importMarkdown(
      '# A\n- [x](https://x.example/p)\n# B\n- [x again](https://x.example/p?utm_source=list)',
    );
    const [first, second] = items(c);
    expect(first?.id).not.toBe(second?.id);
    expect(first?.resourceKey).toBe('x.example/p');
    expect(second?.resourceKey).toBe('x.example/p');
  });

  it('drops an entry whose only link was met before, rather than making it a manual item', () => {
    const c = importMarkdown('# A\n- [x](https://x.example)\n- [x](https://x.example)\n- plain');
    expect(items(c).map((i) => [i.title, i.url])).toEqual([
      ['x', 'https://x.example/'],
      ['plain', undefined],
    ]);
  });
});

describe('importMarkdown: ids', () => {
  const md =
    '# Week 1\n- [Slides](https://a.example/1.pdf)\n# Week 2\n- [Slides](https://a.example/2.pdf)\n- Slides';

  it('gives items stable slug ids, unique within the curriculum', () => {
    const ids = items(importMarkdown(md)).map((i) => i.id);
    expect(ids).toEqual(['week-1-slides', 'week-2-slides', 'week-2-slides-2']);
    expect(items(importMarkdown(md)).map((i) => i.id)).toEqual(ids);
  });

  it('keys items without a URL by curriculum and item id', () => {
    const manual = items(importMarkdown(md, { id: 'my-course' })).at(-1);
    expect(manual?.resourceKey).toBe('manual:my-course/week-2-slides-2');
  });

  it('refuses an id that is not a lower-case slug', () => {
    expect(() => importMarkdown(md, { id: 'My Course' })).toThrow(/not a lower-case slug/);
  });

  it('folds accents and drops symbols in slugs', () => {
    const c = importMarkdown('# Café & Crème!\n- [Résumé](https://r.example)');
    expect(c.id).toBe('cafe-creme');
    expect(items(c)[0]?.id).toBe('cafe-creme-resume');
  });
});
