/**
 * How fast the extension can answer "which items is this tab?": an index over a 1,000-item
 * curriculum, asked about 1,000 URLs in mixed forms (other YouTube forms with start times, raw
 * GitHub files, pages with tracking parameters, pages in no curriculum, non-URLs). The lookup runs
 * on every tab change, so 1,000 of them must stay well under a frame (≤ 5 ms).
 */
import type { Curriculum, Item } from '../shared/curriculum';
import { createResourceIndex, type ResourceIndex } from '../shared/resource-index';
import { resourceKey } from '../shared/resource-key';
import type { BenchCase } from './bench-case';

const ITEMS = 1000;
const PER_SECTION = 50;

/** A stable 11-character video id for item n. */
const videoId = (n: number) => `vid${String(n).padStart(8, '0')}`;

/** The URL item n is listed by, and a different form of the same resource a learner opens. */
function urlsOf(n: number): { listed: string; opened: string } {
  switch (n % 3) {
    case 0:
      return {
        listed: `https://www.youtube.com/watch?v=${videoId(n)}`,
        opened: `https://youtu.be/${videoId(n)}?si=share${n}&t=${n}s`,
      };
    case 1:
      return {
        listed: `https://github.com/org/repo-${n % 7}/blob/main/docs/chapter-${n}.md`,
        opened: `https://raw.githubusercontent.com/org/repo-${n % 7}/refs/heads/main/docs/chapter-${n}.md`,
      };
    default:
      return {
        listed: `https://blog.example.com/posts/${n}/`,
        opened: `http://www.blog.example.com/posts/${n}?utm_source=newsletter&utm_medium=email#comments`,
      };
  }
}

function generatedCurriculum(): Curriculum {
  const sections = [];
  for (let s = 0; s < ITEMS / PER_SECTION; s++) {
    const items: Item[] = [];
    for (let i = 0; i < PER_SECTION; i++) {
      const n = s * PER_SECTION + i;
      const url = urlsOf(n).listed;
      items.push({
        id: `item-${n}`,
        title: `Item ${n}`,
        kind: 'link',
        url,
        resourceKey: resourceKey(url)!,
      });
    }
    sections.push({ id: `section-${s}`, title: `Section ${s}`, items, sections: [] });
  }
  return { id: 'generated', title: 'Generated', source: 'bench', version: 1, sections };
}

/** 1,000 URLs: 70% other forms of listed resources, 20% pages in no curriculum, 10% non-URLs. */
function mixedUrls(): string[] {
  return Array.from({ length: 1000 }, (_, k) => {
    if (k % 10 < 7) return urlsOf((k * 37) % ITEMS).opened;
    if (k % 10 < 9) return `https://news.example.org/story/${k}?ref=front`;
    return k % 20 === 9 ? 'chrome://newtab/' : 'about:blank';
  });
}

const benches: BenchCase[] = [
  {
    name: 'resource index: build',
    unit: 'index 1,000 items',
    setup: generatedCurriculum,
    run: (curriculum) => createResourceIndex([curriculum as Curriculum]),
    targetMs: 10,
  },
  {
    name: 'resource index: lookup',
    unit: '1,000 lookups, mixed',
    setup: () => ({ index: createResourceIndex([generatedCurriculum()]), urls: mixedUrls() }),
    run: (prepared) => {
      const { index, urls } = prepared as { index: ResourceIndex; urls: string[] };
      let found = 0;
      for (const url of urls) found += index.lookup(url).length;
      if (found !== 700) throw new Error(`expected 700 matches, found ${found}`);
      return found;
    },
    targetMs: 5,
  },
];
export default benches;
