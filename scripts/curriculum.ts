/** `npm run curriculum -- FILE.md [--title T] [--base URL] [--id ID]`: see curriculum-cli.ts. */
import { curriculumCli } from './curriculum-cli';

// `npm run curriculum -- FILE | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const result = curriculumCli(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
