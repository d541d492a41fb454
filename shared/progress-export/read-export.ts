import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ReadalongExport,
  readalongExportSchema,
} from './export-format';

export type ExportReading = { ok: true; file: ReadalongExport } | { ok: false; message: string };

/** Reads an export file's text; a file that is not one gets a sentence saying what to do. */
export function readExport(text: string): ExportReading {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse(
      'This file is not a Readalong export (it is not JSON). Choose the .json file that "Export everything" saved.',
    );
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== EXPORT_FORMAT) {
    return refuse(
      'This JSON file is not a Readalong export. Choose the .json file that "Export everything" saved.',
    );
  }
  if (typeof head.version === 'number' && head.version > EXPORT_VERSION) {
    return refuse(
      `This export comes from a newer Readalong (format ${head.version}). Update Readalong in this browser, then import it again.`,
    );
  }
  const parsed = readalongExportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(
      `This Readalong export is damaged (at ${issue?.path.join('.') || 'the top'}: ${issue?.message}). Export again from the other browser.`,
    );
  }
  return { ok: true, file: parsed.data };
}

function refuse(message: string): ExportReading {
  return { ok: false, message };
}
