import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import {
  CurriculumImportError,
  checkSize,
  importMarkdown,
} from '../shared/markdown-import/import-markdown';

export const USAGE = `Usage: npm run curriculum -- FILE.md [--title T] [--base URL] [--id ID] [--plain-lines]

Reads a Markdown reading list and prints it as curriculum JSON (docs/curriculum-format.md).
  --title T      the curriculum's title (default: the first heading)
  --base URL     resolve relative links against URL (a folder URL ends with /)
  --id ID        the curriculum's id, a lower-case slug (default: from the title)
  --plain-lines  read each line of a plain paragraph as an entry
  -h, --help     show this help`;

export interface CliResult {
  code: 0 | 1;
  stdout: string;
  stderr: string;
}

/** `npm run curriculum`: JSON on stdout, or one line on stderr and exit code 1. */
export function curriculumCli(args: string[]): CliResult {
  let parsed: ReturnType<typeof parseCliArgs>;
  try {
    parsed = parseCliArgs(args);
  } catch (error) {
    // Node's messages go on with advice about `--`; the first sentence is the point.
    return fail(`${(error as Error).message.split('. ')[0]} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
  if (positionals.length !== 1) {
    return fail(`expected one Markdown file, got ${positionals.length} (see --help)`);
  }
  const file = positionals[0]!;
  try {
    const text = readText(file);
    const curriculum = importMarkdown(text, {
      title: values.title,
      base: values.base,
      id: values.id,
      source: basename(file),
      plainLines: values['plain-lines'],
    });
    return { code: 0, stdout: `${JSON.stringify(curriculum, null, 2)}\n`, stderr: '' };
  } catch (error) {
    if (error instanceof CurriculumImportError) return fail(`${file}: ${error.message}`);
    return fail(`${file}: ${describeFileError(error)}`);
  }
}

/** The Markdown file the arguments name, if they name exactly one. */
export function fileArgument(args: string[]): string | undefined {
  try {
    const { positionals } = parseCliArgs(args);
    return positionals.length === 1 ? positionals[0] : undefined;
  } catch {
    return undefined;
  }
}

function parseCliArgs(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      base: { type: 'string' },
      id: { type: 'string' },
      'plain-lines': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** Reads a file as UTF-8, refusing a huge one before reading it all. */
function readText(file: string): string {
  checkSize(statSync(file).size, 'file');
  return new TextDecoder('utf-8').decode(readFileSync(file));
}

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES') return 'not allowed to read it';
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

function fail(message: string): CliResult {
  return { code: 1, stdout: '', stderr: `curriculum: ${message}\n` };
}
