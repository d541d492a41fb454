/**
 * Bundles: the script each part of the built extension loads, raw and gzipped (level 9, as a
 * server or the store would measure it). A page loads its entry script and every chunk it
 * preloads (`<script src>` and `<link rel="modulepreload">` in its HTML); the background and
 * the content script are single files named in the manifest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchContext } from '../bench-context';
import { type Row, single } from '../results';

interface Part {
  name: string;
  files: string[];
  /** Goal on the gzipped size, in KB. */
  goalKb?: number;
}

function pageScripts(dir: string, html: string): string[] {
  const text = readFileSync(join(dir, html), 'utf8');
  const scripts = [...text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...text.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  return [...scripts, ...preloads].map((path) => path.replace(/^\//, ''));
}

export async function bundles(ctx: BenchContext, dir: string): Promise<Row[]> {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    background: { service_worker: string };
    content_scripts: Array<{ js: string[]; matches: string[] }>;
  };
  const parts: Part[] = [
    { name: 'popup', files: pageScripts(dir, 'popup.html'), goalKb: 25 },
    { name: 'side panel', files: pageScripts(dir, 'sidepanel.html') },
    { name: 'options', files: pageScripts(dir, 'options.html') },
    { name: 'background', files: [manifest.background.service_worker] },
    ...manifest.content_scripts.flatMap((script) =>
      script.js.map((file) => ({
        name: `content script ${file.replace(/^content-scripts\//, '')}`,
        files: [file],
        goalKb: file.includes('youtube') ? 8 : undefined,
      })),
    ),
  ];
  const rows: Row[] = [];
  for (const part of parts) {
    const contents = part.files.map((file) => readFileSync(join(dir, file)));
    const raw = contents.reduce((sum, c) => sum + c.length, 0);
    const gzip = contents.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0);
    const base = {
      case: 'bundles',
      unit: `${part.files.length} file${part.files.length > 1 ? 's' : ''}`,
      peer: null,
      peerName: null,
      ratio: null,
    };
    rows.push({
      ...base,
      metric: `${part.name}, KB raw`,
      readalong: single(raw / 1024),
      goal: null,
      met: null,
    });
    rows.push({
      ...base,
      metric: `${part.name}, KB gzip`,
      readalong: single(gzip / 1024),
      goal: part.goalKb === undefined ? null : `≤ ${part.goalKb} KB gzip`,
      met: part.goalKb === undefined ? null : gzip / 1024 <= part.goalKb,
    });
  }
  ctx.note(`bundles: the popup loads ${parts[0]!.files.join(', ')}.`);
  return rows;
}
