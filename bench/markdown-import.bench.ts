import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importMarkdown } from '../shared/markdown-import/import-markdown';
import type { BenchCase } from './bench-case';

/** Real reading lists kept next to the repository (../shared/reading-lists); absent ones are skipped. */
const LISTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../shared/reading-lists');

/**
 * Importing each real list: parse (micromark + GFM), walk, ids, schema check. Parsing is most of
 * the time: micromark reads about 1 MB/s here, so the 156 KB EthicalML list needs about 150 ms
 * whatever the importer does after it; its target leaves room for a busy machine.
 */
const LISTS: { file: string; targetMs: number }[] = [
  { file: 'EthicalML__awesome-production-machine-learning__README.md', targetMs: 400 },
  { file: 'visenger__awesome-mlops__README.md', targetMs: 200 },
  { file: 'chiphuyen__dmls-book__resources.md', targetMs: 60 },
  { file: 'chiphuyen__machine-learning-systems-design__content__case-studies.md', targetMs: 30 },
  { file: 'mlops-discord__dmls-bookclub__README.md', targetMs: 30 },
  { file: 'chiphuyen__dmls-book__README.md', targetMs: 30 },
  { file: 'chiphuyen__machine-learning-systems-design__README.md', targetMs: 30 },
];

const benches: BenchCase[] = LISTS.filter(({ file }) => existsSync(join(LISTS_DIR, file))).map(
  ({ file, targetMs }) => {
    const markdown = readFileSync(join(LISTS_DIR, file), 'utf8');
    return {
      name: `import ${file.split('__').slice(0, 2).join('/')}${file.endsWith('README.md') ? '' : ` (${file.split('__').at(-1)})`}`,
      unit: `import ${Math.round(markdown.length / 1024)} KB`,
      run: () => importMarkdown(markdown),
      targetMs,
    };
  },
);

/**
 * 10,000 entries with one title: guards the numbering of clashing item ids, which once grew with
 * the square of the count (5 s here).
 */
const sameTitles = `# Same titles\n\n${Array.from({ length: 10_000 }, () => '- Read me').join('\n')}\n`;
benches.push({
  name: 'import 10,000 entries sharing one title',
  unit: `import ${Math.round(sameTitles.length / 1024)} KB`,
  run: () => importMarkdown(sameTitles),
  // Parsing 10,000 list items takes most of it (about 0.7 s here); the old numbering took 5 s.
  targetMs: 1500,
});

export default benches;
