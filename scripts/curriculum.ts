/**
 * `npm run curriculum -- FILE.md [--title T] [--base URL] [--id ID]`: see curriculum-cli.ts.
 * The import runs in a child process with a time and memory limit (curriculum-cli-with-limits.ts).
 */
import { curriculumCliWithLimits } from './curriculum-cli-with-limits';

// `npm run curriculum -- FILE | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const result = curriculumCliWithLimits(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
