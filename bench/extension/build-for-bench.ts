/**
 * The extension as it ships for Chrome, built once per bench run (`wxt build --mode bench-PID`,
 * into a folder of its own, then copied out of `.output` so nothing else that builds there can
 * change it), for the bundle sizes and the popup's opening time.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface BenchBuild {
  dir: string;
  remove(): void;
}

export async function buildForBench(): Promise<BenchBuild> {
  const mode = `bench-${process.pid}`;
  const output = join(ROOT, `.output/chrome-mv3-${mode}`);
  const { WXT_SYNC_SERVER_URL: _unset, ...rest } = process.env;
  // WXT takes NODE_ENV from the mode when it is unset: a build `--mode bench-…` would be a
  // development build (Preact's JSX with a file name and line for every element, ≈ 10 KB more
  // in the popup alone), not the one that ships.
  const env = { ...rest, NODE_ENV: 'production' };
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', '--mode', mode],
      {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-3000);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-3000);
    });
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`wxt build failed (${code}):\n${log}`)),
    );
  });
  const dir = mkdtempSync(join(tmpdir(), 'readalong-bench-build-'));
  cpSync(output, dir, { recursive: true });
  rmSync(output, { recursive: true, force: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
