/**
 * `npm run bench`: Readalong side by side with what a developer would pick instead, and with
 * its own goals (issue "Benchmarks side by side"; bench/README.md says how each case is
 * measured). Starts what it needs on loopback — a wrangler dev of the bench entry with a fresh
 * D1, the PouchDB server, Chromium with a fresh build of the extension, the load run's own
 * wrangler dev — each on its own port and in its own process group, stopped at the end. Prints
 * one Markdown table and writes `results.md` and `results.json` (to bench/, or `--out DIR`).
 *
 *   npm run bench                  every case in full (a few minutes)
 *   npm run bench -- --quick       every case, shortened (what `npm test` runs)
 *
 * Goals met or missed are in the table; the exit code says only whether every case ran.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchContext } from './bench-context';
import { bundles } from './cases/bundles';
import { incrementalSync } from './cases/incremental-sync';
import { initialSync } from './cases/initial-sync';
import { live } from './cases/live';
import { load } from './cases/load';
import { markdownImport } from './cases/markdown-import';
import { matching } from './cases/matching';
import { popupOpen } from './cases/popup-open';
import { buildForBench } from './extension/build-for-bench';
import { markdownTable, type Row, writeResults } from './results';
import { startBenchServer } from './sync/bench-server';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? args[outIndex + 1]! : dirname(fileURLToPath(import.meta.url));

const started = performance.now();
const log = (text: string) =>
  console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${text}`);
const notes: string[] = [];
const rows: Row[] = [];

log(
  `starting wrangler dev (bench entry) and building the extension${quick ? ' (quick run)' : ''}…`,
);
const [server, build] = await Promise.all([startBenchServer(), buildForBench()]);
const ctx: BenchContext = { quick, server, note: (text) => notes.push(text), log };
try {
  const cases: Array<[string, () => Promise<Row[]>]> = [
    ['initial sync', () => initialSync(ctx)],
    ['incremental sync and write cost', () => incrementalSync(ctx)],
    ['live', () => live(ctx, build.dir)],
    ['matching', () => matching(ctx)],
    ['import', () => markdownImport(ctx)],
    ['bundles', () => bundles(ctx, build.dir)],
    ['popup open', () => popupOpen(ctx, build.dir)],
  ];
  for (const [name, run] of cases) {
    log(`${name}…`);
    rows.push(...(await run()));
  }
} finally {
  await server.stop();
  build.remove();
}
rows.push(...(await load(ctx)));

console.log(markdownTable(rows));
if (notes.length > 0) console.log(`\n${notes.map((n) => `- ${n}`).join('\n')}`);
writeResults(outDir, quick, rows, notes);
const missed = rows.filter((r) => r.met === false).length;
log(
  `done: ${rows.length} figures, ${missed} goal${missed === 1 ? '' : 's'} missed; wrote ${outDir}/results.md and results.json`,
);
