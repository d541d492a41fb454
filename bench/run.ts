/**
 * `npm run bench`: runs every `bench/*.bench.ts` (each default-exports `BenchCase[]`) and prints
 * one table: median and p95 time per run, heap growth, and whether the target is met. Then the
 * load run (`sync-load/load-run.ts`): 200 syncing clients for 30 s against `wrangler dev`, and a
 * second table. Exits non-zero when a target is missed or the load run saw an error or lost a
 * write, so a slowdown is noticed. `npm run bench -- --quick` runs a short version of both.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchCase } from './bench-case';
import { printLoadResult, runSyncLoad } from './sync-load/load-run';

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const MIN_RUNS = quick ? 2 : 5;
const BUDGET_MS = quick ? 150 : 1500;
const LOAD = quick
  ? { clients: 20, devicesPerAccount: 5, seconds: 3, pauseMs: 100 }
  : { clients: 200, devicesPerAccount: 5, seconds: 30, pauseMs: 4000 };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

async function measure(bench: BenchCase) {
  const prepared = await bench.setup?.();
  await bench.run(prepared); // warm-up
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const times: number[] = [];
  const started = performance.now();
  while (times.length < MIN_RUNS || performance.now() - started < BUDGET_MS) {
    const t0 = performance.now();
    await bench.run(prepared);
    times.push(performance.now() - t0);
    if (times.length >= 10_000) break;
  }
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  times.sort((a, b) => a - b);
  return {
    runs: times.length,
    median: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    heapMb,
  };
}

const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const rows: string[][] = [];
let missed = 0;
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: BenchCase[] };
  for (const bench of mod.default) {
    const r = await measure(bench);
    const ok = bench.targetMs === undefined || r.median <= bench.targetMs;
    if (!ok) missed++;
    rows.push([
      bench.name,
      bench.unit,
      String(r.runs),
      r.median.toFixed(3),
      r.p95.toFixed(3),
      r.heapMb.toFixed(1),
      bench.targetMs === undefined ? '-' : `≤ ${bench.targetMs} ms ${ok ? 'ok' : 'MISSED'}`,
    ]);
  }
}
const header = ['benchmark', 'one run', 'runs', 'median ms', 'p95 ms', 'heap Δ MB', 'target'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));

console.log(
  `\nSync server under load: ${LOAD.clients} clients for ${LOAD.seconds} s against wrangler dev --local…`,
);
const load = await runSyncLoad(LOAD);
const loadProblems = printLoadResult(load);
if (missed > 0) console.error(`${missed} benchmark(s) missed their target.`);
// A quick run times too few runs for its medians to hold a target: only the load checks count.
if ((missed > 0 && !quick) || loadProblems > 0) process.exit(1);
