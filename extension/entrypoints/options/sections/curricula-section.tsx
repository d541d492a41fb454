import { useState } from 'preact/hooks';
import { type Curriculum, walkItems } from '../../../../shared/curriculum';
import { MAX_MARKDOWN_BYTES } from '../../../../shared/markdown-import/import-markdown';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { call } from '../../../lib/call';
import { installedCurricula, isBundled } from '../../../lib/curricula';
import { type PreparedImport, prepareImport } from '../../../lib/import-curriculum';
import { useRegisters } from '../../../lib/use-registers';
import './curricula-section.css';
import { ErrorAlert } from '../../../components/error-alert';
import { messageOf } from '../../../lib/message-of';

const itemCount = (c: Curriculum) => [...walkItems(c)].length;
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * The installed curricula (remove an imported one), and importing a reading list from
 * Markdown: pasted, or read from a .md file.
 */
export function CurriculaSection() {
  const registers = useRegisters();
  const [markdown, setMarkdown] = useState('');
  const [fileName, setFileName] = useState<string | undefined>(undefined);
  const [title, setTitle] = useState('');
  const [base, setBase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [replacing, setReplacing] = useState<PreparedImport | null>(null);
  const [removing, setRemoving] = useState<Curriculum | null>(null);

  if (registers === undefined) return null;
  const installed = installedCurricula(registers);
  const imported = installed.filter((c) => !isBundled(c.id));

  const finish = async (prepared: PreparedImport) => {
    try {
      await call('import-curriculum', { curriculum: prepared.curriculum });
      setStatus(
        `Imported “${prepared.curriculum.title}”: ${plural(prepared.itemCount, 'item')}. Choose it in the popup’s curriculum menu.`,
      );
      setMarkdown('');
      setFileName(undefined);
      setTitle('');
      setBase('');
    } catch (e) {
      setError(`Could not save the curriculum: ${messageOf(e)}`);
    }
  };

  const submit = (event: Event) => {
    event.preventDefault();
    setError(null);
    setStatus('');
    if (!markdown.trim()) {
      setError('Paste a reading list in Markdown, or choose a .md file, first.');
      return;
    }
    let prepared: PreparedImport;
    try {
      prepared = prepareImport({ markdown, title, base, source: fileName }, imported);
    } catch (e) {
      setError(messageOf(e));
      return;
    }
    if (prepared.replaces) setReplacing(prepared);
    else void finish(prepared);
  };

  const pickFile = async (input: HTMLInputElement) => {
    setError(null);
    setStatus('');
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_MARKDOWN_BYTES) {
      setError(
        `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MiB; the importer reads at most ${MAX_MARKDOWN_BYTES / 1024 / 1024} MiB.`,
      );
      input.value = '';
      return;
    }
    try {
      setMarkdown(await file.text());
      setFileName(file.name);
    } catch (e) {
      setError(`Could not read ${file.name}: ${messageOf(e)}`);
    }
  };

  return (
    <section class="curricula" aria-labelledby="curricula-heading">
      <h2 id="curricula-heading">Curricula</h2>
      <ul class="curricula__list" aria-label="Installed curricula">
        {installed.map((c) => (
          <li key={c.id} class="curricula__entry">
            <div class="curricula__entry-text">
              <div class="curricula__entry-title">{c.title}</div>
              <div class="curricula__entry-meta">
                {plural(itemCount(c), 'item')} ·{' '}
                {isBundled(c.id) ? 'comes with Readalong' : `imported from ${c.source}`}
              </div>
            </div>
            {isBundled(c.id) ? null : (
              <button
                type="button"
                class="ra-button"
                aria-label={`Remove ${c.title}`}
                onClick={() => setRemoving(c)}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>

      <h3>Import a reading list</h3>
      <form class="curricula__form" onSubmit={submit} noValidate>
        <label class="curricula__field">
          <span class="curricula__label">Markdown file</span>
          <input
            type="file"
            accept=".md,.markdown,.txt,text/markdown,text/plain"
            onChange={(event) => void pickFile(event.currentTarget)}
          />
        </label>
        <label class="curricula__field">
          <span class="curricula__label">Or paste the Markdown</span>
          <textarea
            class="ra-input"
            value={markdown}
            onInput={(event) => {
              setMarkdown(event.currentTarget.value);
            }}
            placeholder={'# My reading list\n\n- [A paper](https://example.com/paper.pdf)'}
          />
          <span class="curricula__hint">
            Headings become sections; list entries and table rows with links become items.
          </span>
        </label>
        <label class="curricula__field">
          <span class="curricula__label">Title (optional)</span>
          <input
            class="ra-input"
            value={title}
            onInput={(event) => setTitle(event.currentTarget.value)}
          />
          <span class="curricula__hint">By default, the document’s first heading.</span>
        </label>
        <label class="curricula__field">
          <span class="curricula__label">Base URL for relative links (optional)</span>
          <input
            class="ra-input"
            type="url"
            value={base}
            placeholder="https://github.com/owner/repo/blob/main/"
            onInput={(event) => setBase(event.currentTarget.value)}
          />
        </label>
        <div class="curricula__actions">
          <button type="submit" class="ra-button ra-button--primary">
            Import
          </button>
          <p class="curricula__status" role="status">
            {status}
          </p>
        </div>
        <ErrorAlert message={error} />
      </form>

      <ConfirmDialog
        open={replacing !== null}
        title="Replace this curriculum?"
        confirmLabel="Replace"
        destructive={false}
        onCancel={() => setReplacing(null)}
        onConfirm={() => {
          const prepared = replacing;
          setReplacing(null);
          if (prepared) void finish(prepared);
        }}
      >
        <p>
          {`“${replacing?.replaces?.title ?? ''}” is already installed with the same id. Replace it
          with this import (${plural(replacing?.itemCount ?? 0, 'item')})? Your progress is kept.`}
        </p>
      </ConfirmDialog>
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
