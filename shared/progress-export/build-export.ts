import type { Curriculum } from '../curriculum';
import type { Json, Register } from '../register';
import { EXPORT_FORMAT, EXPORT_VERSION, type ReadalongExport } from './export-format';

export interface ExportSource {
  registers: Readonly<Record<string, Register>>;
  curricula: readonly Curriculum[];
  settings?: Readonly<Record<string, Json>>;
  /** ms, the export's time. */
  now: number;
}

/** Everything the learner has, as one export file (keys sorted, so two exports diff well). */
export function buildExport(source: ExportSource): ReadalongExport {
  const registers: Record<string, Register> = {};
  for (const key of Object.keys(source.registers).sort()) {
    const { value, hlc, merge } = source.registers[key]!;
    registers[key] = { value, hlc, merge };
  }
  const file: ReadalongExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(source.now).toISOString(),
    curricula: [...source.curricula],
    registers,
  };
  if (source.settings) file.settings = { ...source.settings };
  return file;
}

/** `readalong-2026-07-01.json`: what the download is called. */
export function exportFileName(now: number): string {
  return `readalong-${new Date(now).toISOString().slice(0, 10)}.json`;
}
