/**
 * `npm run bench -- --quick` runs every case of the benchmark and writes a complete
 * results.json. Only that: speed goals live in the benchmark's table, never in a test.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The cases of the table, as the rows name them. */
const CASES = [
  'initial sync',
  'incremental sync',
  'sync write cost',
  'live',
  'load',
  'matching',
  'popup open',
  'bundles',
  'import',
];
const KEYS = ['case', 'metric', 'unit', 'readalong', 'peer', 'peerName', 'ratio', 'goal', 'met'];

const out = mkdtempSync(join(tmpdir(), 'readalong-bench-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

it('npm run bench -- --quick writes every case, with finite numbers', async () => {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'bench/run.ts', '--quick', '--out', out],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  expect(code, output.slice(-3000)).toBe(0);

  const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as {
    machine: Record<string, unknown>;
    rows: Array<Record<string, unknown>>;
  };
  expect(results.machine.quick).toBe(true);
  expect(new Set(results.rows.map((row) => row.case))).toEqual(new Set(CASES));
  for (const row of results.rows) {
    expect(Object.keys(row).sort()).toEqual([...KEYS].sort());
    expect(Number.isFinite(row.readalong), JSON.stringify(row)).toBe(true);
    for (const key of ['peer', 'ratio'] as const) {
      expect(row[key] === null || Number.isFinite(row[key]), JSON.stringify(row)).toBe(true);
    }
    expect(row.met === null || typeof row.met === 'boolean').toBe(true);
  }
  expect(readFileSync(join(out, 'results.md'), 'utf8')).toContain('| initial sync |');
});
