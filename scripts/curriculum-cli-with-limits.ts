import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type CliResult, fileArgument } from './curriculum-cli';

export interface CliLimits {
  /** How long one import may take. */
  timeoutMs: number;
  /** The child's V8 heap (`--max-old-space-size`), in MB. */
  maxHeapMb: number;
}

/**
 * Real lists import in well under a second, and the heaviest documents within the importer's
 * limits in a few seconds and under 200 MB (docs/curriculum-format.md): these are a safety net,
 * far above both.
 */
export const CLI_LIMITS: CliLimits = { timeoutMs: 60_000, maxHeapMb: 2048 };

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'curriculum-cli-child.ts');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;

/**
 * `curriculumCli` in a child process that may take at most `limits.timeoutMs` and
 * `limits.maxHeapMb`: past either, one clear line on stderr and exit code 1 instead of a hang
 * or V8's out-of-memory crash with its stack trace.
 */
export function curriculumCliWithLimits(args: string[], limits = CLI_LIMITS): CliResult {
  const child = spawnSync(
    process.execPath,
    ['--import', TSX, `--max-old-space-size=${limits.maxHeapMb}`, CHILD, ...args],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: limits.timeoutMs,
      killSignal: 'SIGKILL',
      maxBuffer: MAX_OUTPUT_BYTES,
    },
  );
  if (child.status === 0 || child.status === 1) {
    return { code: child.status, stdout: child.stdout, stderr: child.stderr };
  }
  const seconds = Math.round(limits.timeoutMs / 1000);
  const error = (child.error as NodeJS.ErrnoException | undefined)?.code;
  const why =
    error === 'ETIMEDOUT'
      ? `gave up after ${seconds} s: reading and importing this document took too long (a real reading list takes well under a second)`
      : /heap out of memory|Allocation failed/i.test(child.stderr ?? '')
        ? `ran out of memory (${limits.maxHeapMb} MB) reading this document: the import needs more than that for it`
        : `the importer stopped unexpectedly (${child.signal ?? `exit code ${child.status}`}${error ? `, ${error}` : ''})`;
  const file = fileArgument(args);
  return { code: 1, stdout: '', stderr: `curriculum: ${file ? `${file}: ` : ''}${why}\n` };
}
