/**
 * Import: a 5,000-link Markdown reading list shaped like the real awesome-lists (a title with
 * badges, a table of contents of anchor links, `##` and `###` sections, entries
 * `* [Name](url) - description.` with now and then a nested list, a star badge or a second link
 * in the description, and a license section), generated. Readalong parses it, builds the
 * curriculum (`importMarkdown`: parse, sections, items, ids, schema check) and indexes it
 * (`createResourceIndex`), as the options page does on import. The peer is a bare
 * `markdown-it` parse and token walk collecting every http(s) link: what any importer must at
 * least do.
 */
import { createRequire } from 'node:module';
import type MarkdownIt from 'markdown-it';
import { importMarkdown } from '../../shared/markdown-import/import-markdown';
import { createResourceIndex } from '../../shared/resource-index';
import { walkItems } from '../../shared/walk-items';
import type { BenchContext } from '../bench-context';
import type { Row } from '../results';
import { alternate, roundRatio, type Side, spread } from '../rounds';

const LINKS = 5000;
const PER_SECTION = 40;

const WORDS = [
  'scalable',
  'feature',
  'store',
  'serving',
  'pipelines',
  'monitoring',
  'drift',
  'open-source',
  'framework',
  'for',
  'production',
  'models',
  'with',
  'Python',
  'Kubernetes',
  'and',
  'data',
  'validation',
];

/** The generated list; `n` links in entries. */
export function awesomeList(links: number): string {
  const sections = Math.ceil(links / PER_SECTION);
  const lines = [
    '# Awesome Production Machine Learning [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)',
    '',
    'A curated list of open source libraries to deploy, monitor, version and scale your machine learning.',
    '',
    '## Contents',
    '',
    ...Array.from({ length: sections }, (_, s) => `* [Topic ${s}](#topic-${s})`),
    '',
  ];
  let n = 0;
  for (let s = 0; s < sections && n < links; s++) {
    lines.push(`## Topic ${s}`, '', `Tools for topic ${s}, by popularity.`, '');
    if (s % 5 === 0) lines.push(`### Sub-topic ${s}.a`, '');
    for (let i = 0; i < PER_SECTION && n < links; i++, n++) {
      const words = Array.from(
        { length: 3 + (n % 5) },
        (_, w) => WORDS[(n + w * 7) % WORDS.length],
      ).join(' ');
      const url =
        n % 3 === 0
          ? `https://github.com/org${n % 97}/tool${n}`
          : n % 3 === 1
            ? `https://www.youtube.com/watch?v=v${String(n).padStart(7, '0')}Q_z`
            : `https://docs.mlops.dev/guide/p${n}`;
      const badge =
        n % 10 === 0
          ? ` ![](https://img.shields.io/github/stars/org${n % 97}/tool${n}.svg?style=social)`
          : '';
      lines.push(`* [Tool${n}](${url})${badge} - ${words[0]!.toUpperCase()}${words.slice(1)}.`);
      if (n % 25 === 24 && n + 1 < links) {
        n++;
        lines.push(`  * [Tool${n}-plugin](https://github.com/org${n % 97}/plugin${n}) - A plugin.`);
      }
    }
    lines.push('');
  }
  lines.push(
    '## License',
    '',
    'This list is under [CC0](https://creativecommons.org/publicdomain/zero/1.0/).',
    '',
  );
  return lines.join('\n');
}

export async function markdownImport(ctx: BenchContext): Promise<Row[]> {
  const links = ctx.quick ? 1000 : LINKS;
  const markdown = awesomeList(links);
  const markdownIt = createRequire(import.meta.url)('markdown-it') as typeof MarkdownIt;
  const parser = markdownIt();
  let items = 0;
  let found = 0;
  const timed = (work: () => void) => {
    const started = performance.now();
    work();
    return performance.now() - started;
  };
  const readalong: Side<number> = {
    name: 'importMarkdown + index',
    run: async () =>
      timed(() => {
        const curriculum = importMarkdown(markdown, { source: 'bench' });
        createResourceIndex([curriculum]);
        items = [...walkItems(curriculum)].length;
      }),
  };
  const peer: Side<number> = {
    name: 'markdown-it walk',
    run: async () =>
      timed(() => {
        const hrefs: string[] = [];
        const walk = (tokens: ReturnType<typeof parser.parse>) => {
          for (const token of tokens) {
            if (token.type === 'link_open') {
              const href = String(token.attrGet('href') ?? '');
              if (/^https?:/.test(href)) hrefs.push(href);
            }
            if (token.children) walk(token.children);
          }
        };
        walk(parser.parse(markdown, {}));
        found = hrefs.length;
      }),
  };
  const [ours, theirs] = await alternate([readalong, peer], {
    warmup: 2,
    rounds: ctx.quick ? 3 : 15,
  });
  ctx.note(
    `import: the generated list is ${Math.round(markdown.length / 1024)} KB; Readalong made ${items} items, the markdown-it walk found ${found} http(s) links (badges and license link included).`,
  );
  const s = spread(ours!);
  const ratio = roundRatio(ours!, theirs!);
  return [
    {
      case: 'import',
      metric: 'parse + index, ms',
      unit: `${links.toLocaleString('en-US')}-link awesome-list`,
      readalong: s,
      peer: spread(theirs!),
      peerName: 'markdown-it token walk',
      ratio,
      goal: '≤ 250 ms and ≤ 2× the peer',
      met: s.median <= 250 && ratio <= 2,
    },
  ];
}
