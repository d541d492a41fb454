/**
 * `npm run bench`: runs every `bench/*.bench.ts` (each default-exports `BenchCase[]`) and prints
 * one table: median and p95 time per run, heap growth, and whether the target is met.
 * Exits non-zero when a target is missed, so a slowdown is noticed.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchCase } from './bench-case';

const here = dirname(fileURLToPath(import.meta.url));
const MIN_RUNS = 5;
const BUDGET_MS = 1500;

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
if (missed > 0) {
  console.error(`${missed} benchmark(s) missed their target.`);
  process.exit(1);
}
