/**
 * The results of `npm run bench`: one row per measured figure, printed as one Markdown table
 * and written to `bench/results.md` and `bench/results.json`:
 * `{ machine, rows: [{ case, metric, unit, readalong, peer, peerName, ratio, goal, met }] }`,
 * where `readalong` and `peer` are medians, `ratio` is Readalong / peer per round summarised by
 * its median, and `goal` / `met` are null for a figure that has no goal of its own.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { Spread } from './rounds';

export interface Row {
  case: string;
  metric: string;
  unit: string;
  readalong: Spread;
  peer: Spread | null;
  peerName: string | null;
  ratio: number | null;
  goal: string | null;
  met: boolean | null;
}

/** A figure measured once (or already summarised): its spread is itself. */
export const single = (value: number): Spread => ({ median: value, min: value, max: value });

export function machine(quick: boolean) {
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
    date: new Date().toISOString(),
    quick,
  };
}

/** 1234567 → "1,234,567"; 12.345 → "12.3"; 0.01234 → "0.0123". */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (Number.isInteger(value) || abs >= 100) return Math.round(value).toLocaleString('en-US');
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1 || abs === 0) return value.toFixed(2).replace(/\.?0+$/, '') || '0';
  return value.toPrecision(3);
}

const formatSpread = (s: Spread) =>
  s.min === s.max
    ? formatNumber(s.median)
    : `${formatNumber(s.median)} (${formatNumber(s.min)}–${formatNumber(s.max)})`;

export function markdownTable(rows: Row[]): string {
  const header = [
    'case',
    'metric',
    'unit',
    'Readalong: median (min–max)',
    'peer: median (min–max)',
    'Readalong / peer',
    'goal',
    'met',
  ];
  const cells = rows.map((r) => [
    r.case,
    r.metric,
    r.unit,
    formatSpread(r.readalong),
    r.peer ? `${formatSpread(r.peer)} ${r.peerName ?? ''}`.trim() : '',
    r.ratio === null ? '' : `${formatNumber(r.ratio)}×`,
    r.goal ?? '',
    r.met === null ? '' : r.met ? 'yes' : '**no**',
  ]);
  const line = (row: string[]) => `| ${row.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...cells.map(line)].join('\n');
}

export function writeResults(dir: string, quick: boolean, rows: Row[], notes: string[]) {
  const info = machine(quick);
  const json = {
    machine: info,
    rows: rows.map((r) => ({
      case: r.case,
      metric: r.metric,
      unit: r.unit,
      readalong: r.readalong.median,
      peer: r.peer?.median ?? null,
      peerName: r.peerName,
      ratio: r.ratio,
      goal: r.goal,
      met: r.met,
    })),
  };
  writeFileSync(`${dir}/results.json`, `${JSON.stringify(json, null, 2)}\n`);
  const markdown = [
    `# npm run bench${quick ? ' -- --quick' : ''}`,
    '',
    `${info.date}; Node ${info.node}, ${info.platform}, ${info.cores} × ${info.cpu}, ${info.memoryGb} GB, load average ${info.loadAverage.join(' ')}.`,
    'How each case is measured and what each side does that the other does not: bench/README.md.',
    '',
    markdownTable(rows),
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
  writeFileSync(`${dir}/results.md`, markdown);
}
