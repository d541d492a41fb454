import { useState } from 'preact/hooks';
import { slug } from '../../../../shared/markdown-import/slug';
import { buildExport, exportFileName } from '../../../../shared/progress-export/build-export';
import { checklistMarkdown } from '../../../../shared/progress-export/checklist-markdown';
import type { ReadalongExport } from '../../../../shared/progress-export/export-format';
import { type ImportPlan, planImport } from '../../../../shared/progress-export/plan-import';
import { readExport } from '../../../../shared/progress-export/read-export';
import { deriveProgress } from '../../../../shared/resource-progress';
import { ErrorAlert } from '../../../components/error-alert';
import { call } from '../../../lib/call';
import { installedCurricula, isBundled } from '../../../lib/curricula';
import { downloadFile } from '../../../lib/download-file';
import { messageOf } from '../../../lib/message-of';
import { useRegisters } from '../../../lib/use-registers';

/** A JSON file larger than this is no export Readalong wrote for one learner. */
const MAX_EXPORT_BYTES = 50 * 1024 * 1024;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Taking progress elsewhere: everything as one JSON file (docs/export-format.md), a curriculum
 * as a Markdown checklist, and importing an export file (its changes shown first, then merged
 * by the sync rule in the background).
 */
export function ProgressFileSection() {
  const registers = useRegisters();
  const [chosen, setChosen] = useState('');
  const [pending, setPending] = useState<{ file: ReadalongExport; plan: ImportPlan } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [formKey, setFormKey] = useState(0);

  if (registers === undefined) return null;
  const curricula = installedCurricula(registers);
  const checklistId = curricula.some((c) => c.id === chosen) ? chosen : (curricula[0]?.id ?? '');

  const exportEverything = () => {
    const now = Date.now();
    const file = buildExport({
      registers,
      curricula: curricula.filter((c) => !isBundled(c.id)),
      now,
    });
    downloadFile(exportFileName(now), `${JSON.stringify(file, null, 2)}\n`, 'application/json');
    setStatus(`Saved ${exportFileName(now)}.`);
  };

  const exportChecklist = () => {
    const curriculum = curricula.find((c) => c.id === checklistId);
    if (!curriculum) return;
    const name = `${slug(curriculum.title) || curriculum.id}.md`;
    downloadFile(name, checklistMarkdown(curriculum, deriveProgress(registers)), 'text/markdown');
    setStatus(`Saved ${name}.`);
  };

  const pickFile = async (input: HTMLInputElement) => {
    setError(null);
    setStatus('');
    setPending(null);
    const chosenFile = input.files?.[0];
    if (!chosenFile) return;
    if (chosenFile.size > MAX_EXPORT_BYTES) {
      setError(
        `${chosenFile.name} is too large to be a Readalong export. Choose the .json file that "Export everything" saved.`,
      );
      return;
    }
    const reading = readExport(await chosenFile.text());
    if (!reading.ok) {
      setError(reading.message);
      return;
    }
    setPending({ file: reading.file, plan: planImport({ registers, curricula }, reading.file) });
  };

  const apply = async () => {
    if (!pending) return;
    try {
      const { changed } = await call('import-progress', { file: pending.file });
      setStatus(
        changed === 0 ? 'Nothing to change: this browser already has all of it.' : 'Imported.',
      );
      setPending(null);
      setFormKey((k) => k + 1);
    } catch (e) {
      setError(`Could not import it: ${messageOf(e)}`);
    }
  };

  return (
    <section class="progress-files" aria-labelledby="progress-files-heading">
      <h2 id="progress-files-heading">Export and import</h2>
      <div class="curricula__actions">
        <button type="button" class="ra-button" onClick={exportEverything}>
          Export everything
        </button>
        <span class="curricula__hint">
          Curricula, progress, notes and settings, as one JSON file you can import in any browser.
        </span>
      </div>
      <div class="curricula__row progress-files__checklist">
        <label class="curricula__label" for="checklist-curriculum">
          Checklist of
        </label>
        <select
          id="checklist-curriculum"
          class="ra-input"
          value={checklistId}
          onChange={(event) => setChosen(event.currentTarget.value)}
        >
          {curricula.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
        <button type="button" class="ra-button" onClick={exportChecklist}>
          Export as Markdown
        </button>
      </div>
      <label class="curricula__field" key={formKey}>
        <span class="curricula__label">Import progress (a .json export)</span>
        <input
          type="file"
          accept=".json,application/json"
          onChange={(event) => void pickFile(event.currentTarget)}
        />
      </label>
      {pending ? (
        <ImportPlanSummary
          plan={pending.plan}
          onApply={() => void apply()}
          onCancel={() => {
            setPending(null);
            setFormKey((k) => k + 1);
          }}
        />
      ) : null}
      <p class="curricula__status" role="status">
        {status}
      </p>
      <ErrorAlert message={error} />
    </section>
  );
}

function ImportPlanSummary({
  plan,
  onApply,
  onCancel,
}: {
  plan: ImportPlan;
  onApply(): void;
  onCancel(): void;
}) {
  const { summary } = plan;
  const kinds = Object.entries(summary.byKind)
    .map(([kind, n]) => `${kind}: ${n}`)
    .join(', ');
  const nothing = summary.added + summary.updated === 0 && summary.curriculaAdded.length === 0;
  return (
    <section class="import-preview" aria-labelledby="progress-import-title">
      <h3 id="progress-import-title" class="import-preview__title">
        What this import changes
      </h3>
      <ul class="import-preview__items" aria-label="Changes">
        {summary.curriculaAdded.length > 0 ? (
          <li>
            Adds {plural(summary.curriculaAdded.length, 'curriculum', 'curricula')}:{' '}
            {summary.curriculaAdded.join(', ')}
          </li>
        ) : null}
        {nothing ? <li>Nothing: this browser already has all of it.</li> : null}
        {summary.added + summary.updated > 0 ? (
          <li>
            Adds or updates {plural(summary.added + summary.updated, 'entry', 'entries')}
            {kinds ? ` (${kinds})` : ''}
          </li>
        ) : null}
        {summary.keptNewer > 0 ? (
          <li>
            Keeps {plural(summary.keptNewer, 'newer entry', 'newer entries')} this browser has
          </li>
        ) : null}
        {summary.curriculaKept.length > 0 ? (
          <li>Keeps this browser’s version of {summary.curriculaKept.join(', ')}</li>
        ) : null}
      </ul>
      <div class="import-preview__actions">
        <button type="button" class="ra-button ra-button--primary" onClick={onApply}>
          Import progress
        </button>
        <button type="button" class="ra-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
