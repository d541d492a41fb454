import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { curriculumCli } from '../../scripts/curriculum-cli';
import { curriculumCliWithLimits } from '../../scripts/curriculum-cli-with-limits';
import { curriculumSchema } from '../../shared/curriculum';
import { MAX_MARKDOWN_BYTES } from '../../shared/markdown-import/import-markdown';

let dir: string;
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'curriculum-cli-'));
});

describe('npm run curriculum', () => {
  it('prints the curriculum as JSON, with --title, --base and --id applied', () => {
    const list = file('list.md', '# Reading\n- [Chapter 1](ch1.md)\n- A book to read');
    const result = curriculumCli([
      list,
      '--title',
      'My course',
      '--base',
      'https://h.example/b/',
      '--id',
      'my-course',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const curriculum = curriculumSchema.parse(JSON.parse(result.stdout));
    expect(curriculum).toMatchObject({ id: 'my-course', title: 'My course', source: 'list.md' });
    expect(curriculum.sections[0]?.items.map((i) => i.url)).toEqual([
      'https://h.example/b/ch1.md',
      undefined,
    ]);
  });

  it.each([
    ['an empty file', () => [file('empty.md', '')], /empty\.md: The document is empty\.$/],
    [
      'a binary file',
      () => [file('x.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))],
      /binary file/,
    ],
    [
      'a file without entries',
      () => [file('prose.md', '# Notes\nJust words.')],
      /nothing to follow/,
    ],
    [
      'a huge file',
      () => [file('huge.md', 'a'.repeat(MAX_MARKDOWN_BYTES + 1))],
      /huge\.md: The file is 513 KiB; the importer reads at most 512 KiB\.$/,
    ],
    ['a missing file', () => [join(dir, 'nope.md')], /nope\.md: no such file$/],
    ['a folder', () => [dir], /is a folder, not a file$/],
    ['no file', () => [], /expected one Markdown file, got 0/],
    ['an unknown option', () => ['--colour', 'x.md'], /Unknown option '--colour' \(see --help\)$/],
    [
      'a bad base',
      () => [file('ok.md', '- [x](y.md)'), '--base', 'y/'],
      /not an absolute http\(s\) address/,
    ],
  ])('fails with one line on stderr and exit code 1 for %s', (_name, args, message) => {
    const result = curriculumCli(args());
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^curriculum: /);
    expect(result.stderr.trimEnd()).toMatch(message);
    expect(result.stderr.trimEnd()).not.toContain('\n');
  });

  it('explains itself with --help', () => {
    const result = curriculumCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: npm run curriculum -- FILE.md');
    expect(result.stdout).toContain('--base URL');
  });
});

describe('npm run curriculum, within a time and memory limit', () => {
  const list = (entries: number) =>
    `# List\n\n${Array.from({ length: entries }, (_, i) => `- [Item ${i}](https://example.com/${i})`).join('\n')}\n`;

  it('prints what the import printed, for a good file and a bad one', () => {
    const good = curriculumCliWithLimits([file('good.md', list(3)), '--id', 'good']);
    expect(good.code).toBe(0);
    expect(curriculumSchema.parse(JSON.parse(good.stdout)).id).toBe('good');
    const bad = curriculumCliWithLimits([file('bad.md', '')]);
    expect(bad).toEqual({
      code: 1,
      stdout: '',
      stderr: `curriculum: ${dir}/bad.md: The document is empty.\n`,
    });
  });

  it('gives up with one line, not a hang, on a document that never finishes', () => {
    // A named pipe no one writes to: reading it never ends. (No document within the importer's
    // limits is slow to parse any more, so none can stand in for it.)
    const slow = join(dir, 'slow.md');
    execFileSync('mkfifo', [slow]);
    const result = curriculumCliWithLimits([slow], { timeoutMs: 2000, maxHeapMb: 1024 });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(/^curriculum: .*slow\.md: gave up after 2 s: [^\n]+\n$/),
    });
  });

  it('reports running out of memory in one line, not with V8’s crash and stack trace', () => {
    // 12,000 entries (480 KB) need some 20 MB more than a tiny list, which imports within 16 MB.
    const big = file('big.md', list(12_000));
    const result = curriculumCliWithLimits([big], { timeoutMs: 60_000, maxHeapMb: 16 });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(/^curriculum: .*big\.md: ran out of memory \(16 MB\)[^\n]+\n$/),
    });
  });
});
