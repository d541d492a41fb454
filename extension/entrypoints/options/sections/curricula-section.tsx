import { useState } from 'preact/hooks';
import type { Curriculum } from '../../../../shared/curriculum';
import { deriveProgress } from '../../../../shared/resource-progress';
import { walkItems } from '../../../../shared/walk-items';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { call } from '../../../lib/call';
import { installedCurricula, isBundled } from '../../../lib/curricula';
import { fetchList } from '../../../lib/fetch-list';
import { type PreparedImport, prepareImport } from '../../../lib/import-curriculum';
import { messageOf } from '../../../lib/message-of';
import { useRegisters } from '../../../lib/use-registers';
import { CurriculumEntry } from './curriculum-entry';
import { CurriculumImportForm } from './curriculum-import-form';
import { ImportPreview } from './import-preview';
import './curricula-section.css';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const itemCount = (c: Curriculum) => [...walkItems(c)].length;

/** Whether "Check for updates" can read a curriculum's source again (a list's web address). */
export const updatable = (c: Curriculum) =>
  !isBundled(c.id) && /^https?:\/\//i.test(c.source) && !/youtube\.com\/playlist/i.test(c.source);

/**
 * The installed curricula (rename, reorder, check for updates, remove), and importing a list:
 * from an address, a file or pasted, always through a preview first.
 */
export function CurriculaSection() {
  const registers = useRegisters();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [preview, setPreview] = useState<PreparedImport | null>(null);
  const [saving, setSaving] = useState(false);
  const [removing, setRemoving] = useState<Curriculum | null>(null);
  const [checking, setChecking] = useState<string | null>(null);
  /** Bumped after an import: the form remounts with every field (the file picker too) cleared. */
  const [formKey, setFormKey] = useState(0);

  if (registers === undefined) return null;
  const installed = installedCurricula(registers);
  const progress = deriveProgress(registers);

  const show = (prepared: PreparedImport) => {
    setError(null);
    setStatus('');
    setPreview(prepared);
  };
  const fail = (message: string | null) => {
    setError(message);
    if (message) setStatus('');
  };

  const save = async (activate: boolean) => {
    if (!preview) return;
    setSaving(true);
    try {
      await call('import-curriculum', { curriculum: preview.curriculum, activate });
      const { title } = preview.curriculum;
      setStatus(
        activate
          ? `Imported “${title}”: ${plural(preview.itemCount, 'item')}. The popup shows it now.`
          : `Imported “${title}”: ${plural(preview.itemCount, 'item')}. Choose it in the popup’s curriculum menu.`,
      );
      setPreview(null);
      setFormKey((k) => k + 1);
    } catch (e) {
      setError(`Could not save the curriculum: ${messageOf(e)}`);
    } finally {
      setSaving(false);
    }
  };

  const checkForUpdates = async (curriculum: Curriculum) => {
    setError(null);
    setStatus('');
    setChecking(curriculum.id);
    try {
      const { markdown, source } = await fetchList(curriculum.source);
      const prepared = await prepareImport(
        { markdown, base: source.base, source: source.source, id: curriculum.id },
        installed,
      );
      show(prepared);
    } catch (e) {
      setError(`Could not check “${curriculum.title}” for updates: ${messageOf(e)}`);
    } finally {
      setChecking(null);
    }
  };

  const move = (index: number, by: -1 | 1) => {
    const ids = installed.map((c) => c.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id!);
    call('order-curricula', { ids }).catch((e: unknown) =>
      setError(`Could not move it: ${messageOf(e)}`),
    );
  };

  return (
    <section class="curricula" aria-labelledby="curricula-heading">
      <h2 id="curricula-heading">Curricula</h2>
      <ul class="curricula__list" aria-label="Installed curricula">
        {installed.map((c, index) => (
          <CurriculumEntry
            key={c.id}
            curriculum={c}
            meta={`${plural(itemCount(c), 'item')} · ${
              isBundled(c.id) ? 'comes with Readalong' : `imported from ${c.source}`
            }`}
            bundled={isBundled(c.id)}
            first={index === 0}
            last={index === installed.length - 1}
            checking={checking === c.id}
            onMove={(by) => move(index, by)}
            onRename={(title) =>
              call('rename-curriculum', { id: c.id, title }).then(
                () => setStatus(title.trim() ? `Renamed to “${title.trim()}”.` : 'Title restored.'),
                (e: unknown) => setError(`Could not rename it: ${messageOf(e)}`),
              )
            }
            onCheckForUpdates={updatable(c) ? () => void checkForUpdates(c) : undefined}
            onRemove={() => setRemoving(c)}
          />
        ))}
      </ul>

      <h3>Import a reading list</h3>
      {preview ? (
        <ImportPreview
          prepared={preview}
          progress={progress}
          busy={saving}
          onImport={(activate) => void save(activate)}
          onCancel={() => setPreview(null)}
        />
      ) : null}
      <div hidden={preview !== null}>
        <CurriculumImportForm
          key={formKey}
          installed={installed}
          onPrepared={show}
          onError={fail}
        />
      </div>
      <p class="curricula__status" role="status">
        {status}
      </p>
      <ErrorAlert message={error} />

      <ConfirmDialog
        open={removing !== null}
        title="Remove this curriculum?"
        confirmLabel="Remove"
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const target = removing;
          setRemoving(null);
          if (!target) return;
          call('remove-curriculum', { id: target.id }).then(
            () => setStatus(`Removed “${target.title}”.`),
            (e: unknown) => setError(`Could not remove it: ${messageOf(e)}`),
          );
        }}
      >
        <p>
          {`“${removing?.title ?? ''}” and its ${plural(removing ? itemCount(removing) : 0, 'item')}
          leave the popup and side panel. Your progress on them is kept, and shows again if you
          import the list again.`}
        </p>
      </ConfirmDialog>
    </section>
  );
}
