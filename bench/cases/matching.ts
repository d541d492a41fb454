/**
 * Matching: which curriculum items a tab's URL is, asked on every tab change. An index of a
 * 10,000-item curriculum of realistic URLs (YouTube videos, GitHub files, docs pages with
 * paths), asked about URLs in the forms a learner opens: other YouTube forms with start times
 * and share ids, raw GitHub files, pages with tracking parameters and fragments, pages in no
 * curriculum, and non-web URLs. Each lookup is `resourceKey` + one Map lookup. The peer is
 * the floor of any matcher that reads URLs with the WHATWG parser: `new URL()` of the same
 * strings, and nothing else.
 */
import type { Curriculum, Item } from '../../shared/curriculum';
import { createResourceIndex } from '../../shared/resource-index';
import { resourceKey } from '../../shared/resource-key';
import type { BenchContext } from '../bench-context';
import type { Row } from '../results';
import { alternate, roundRatio, type Side, spread } from '../rounds';

const ITEMS = 10_000;
const PER_SECTION = 50;
const LOOKUPS = 10_000;

const videoId = (n: number) => `v${String(n).padStart(7, '0')}Q_z`;

/** The URL item n is listed by, and the form of it a learner has open. */
function urlsOf(n: number): { listed: string; opened: string } {
  switch (n % 4) {
    case 0:
      return {
        listed: `https://www.youtube.com/watch?v=${videoId(n)}`,
        opened:
          n % 8
            ? `https://youtu.be/${videoId(n)}?si=Zk3_share${n}&t=${n % 600}s`
            : `https://m.youtube.com/watch?v=${videoId(n)}&list=PLx${n % 13}&index=${n % 40}&t=42s`,
      };
    case 1:
      return {
        listed: `https://github.com/org-${n % 17}/repo-${n % 7}/blob/main/docs/chapter-${n}.md`,
        opened: `https://raw.githubusercontent.com/org-${n % 17}/repo-${n % 7}/refs/heads/main/docs/chapter-${n}.md`,
      };
    case 2:
      return {
        listed: `https://docs.example-ml.org/en/stable/guide/section-${n % 37}/topic-${n}.html`,
        opened: `https://docs.example-ml.org/en/stable/guide/section-${n % 37}/topic-${n}.html?utm_source=newsletter&utm_medium=email&utm_campaign=w${n % 52}#training`,
      };
    default:
      return {
        listed: `https://blog.example.com/posts/${2020 + (n % 6)}/${n}-feature-stores/`,
        opened: `http://www.blog.example.com/posts/${2020 + (n % 6)}/${n}-feature-stores?utm_source=hn&fbclid=IwAR${n}`,
      };
  }
}

function curriculum(): Curriculum {
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

/** 70 % other forms of listed resources, 20 % pages in no curriculum, 10 % non-web URLs. */
function tabUrls(): string[] {
  return Array.from({ length: LOOKUPS }, (_, k) => {
    if (k % 10 < 7) return urlsOf((k * 7919) % ITEMS).opened;
    if (k % 10 < 9) return `https://news.example.org/story/${k}?ref=front#comments`;
    return k % 20 === 9 ? 'chrome://newtab/' : 'about:blank';
  });
}

export async function matching(ctx: BenchContext): Promise<Row[]> {
  const index = createResourceIndex([curriculum()]);
  const urls = tabUrls();
  const expected = urls.filter((_, k) => k % 10 < 7).length;
  const perSecond = (work: () => void) => {
    const started = performance.now();
    work();
    return LOOKUPS / ((performance.now() - started) / 1000);
  };
  const lookups: Side<number> = {
    name: 'lookups',
    run: async () => {
      let found = 0;
      const rate = perSecond(() => {
        for (const url of urls) found += index.lookup(url).length;
      });
      if (found !== expected) throw new Error(`matching: found ${found}, expected ${expected}`);
      return rate;
    },
  };
  let parsed = 0;
  const parseOnly: Side<number> = {
    name: 'new URL()',
    run: async () =>
      perSecond(() => {
        for (const url of urls) {
          try {
            parsed += new URL(url).href.length;
          } catch {
            // Not a URL.
          }
        }
      }),
  };
  const [samples, floor] = await alternate([lookups, parseOnly], {
    warmup: 3,
    rounds: ctx.quick ? 5 : 30,
  });
  // Read, so the parses cannot be skipped as unused.
  if (parsed === 0) throw new Error('matching: new URL() parsed nothing');
  const s = spread(samples!);
  return [
    {
      case: 'matching',
      metric: 'lookups per second',
      unit: `${LOOKUPS.toLocaleString('en-US')} tab URLs, ${ITEMS.toLocaleString('en-US')}-item curriculum`,
      readalong: s,
      peer: spread(floor!),
      peerName: '`new URL()` alone',
      ratio: roundRatio(samples!, floor!),
      goal: '≥ 1,000,000 lookups/s',
      met: s.median >= 1_000_000,
    },
  ];
}
