import { useState } from 'preact/hooks';
import type { Curriculum } from '../../../../shared/curriculum';
import { MAX_MARKDOWN_BYTES } from '../../../../shared/markdown-import/check-input';
import { fetchList } from '../../../lib/fetch-list';
import {
  type PreparedImport,
  prepareCurriculumJson,
  prepareImport,
} from '../../../lib/import-curriculum';
import { messageOf } from '../../../lib/message-of';

export interface CurriculumImportFormProps {
  installed: readonly Curriculum[];
  /** A list was read: show its preview. */
  onPrepared(prepared: PreparedImport): void;
  /** Something went wrong (null: clear the error shown). */
  onError(message: string | null): void;
}

/**
 * Where a list comes from: an address (a raw Markdown file, a GitHub file or repository), a
 * .md or .json file, or pasted Markdown. Reading it only prepares a preview; nothing is saved
 * here. The section remounts the form after an import, which clears every field.
 */
export function CurriculumImportForm({
  installed,
  onPrepared,
  onError,
}: CurriculumImportFormProps) {
  const [address, setAddress] = useState('');
  const [markdown, setMarkdown] = useState('');
  const [title, setTitle] = useState('');
  const [base, setBase] = useState('');
  const [reading, setReading] = useState(false);

  const prepare = async (build: () => PreparedImport | Promise<PreparedImport>) => {
    try {
      onPrepared(await build());
    } catch (e) {
      onError(messageOf(e));
    }
  };

  const readAddress = async () => {
    onError(null);
    setReading(true);
    try {
      // The permission prompt must come first in the click, so fetchList asks before anything.
      const { markdown: text, source } = await fetchList(address);
      await prepare(() =>
        prepareImport(
          { markdown: text, title, base: base || source.base, source: source.source },
          installed,
        ),
      );
    } catch (e) {
      onError(messageOf(e));
    } finally {
      setReading(false);
    }
  };

  const pickFile = async (input: HTMLInputElement) => {
    onError(null);
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_MARKDOWN_BYTES) {
      onError(
        `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; Readalong reads lists of up to ${MAX_MARKDOWN_BYTES / 1024} KB. Save the part you want to follow as a smaller file.`,
      );
      input.value = '';
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      onError(`Could not read ${file.name}: ${messageOf(e)}`);
      return;
    }
    await prepare(() =>
      /\.json$/i.test(file.name)
        ? prepareCurriculumJson(text, installed)
        : prepareImport({ markdown: text, title, base, source: file.name }, installed),
    );
  };

  const previewPasted = (event: Event) => {
    event.preventDefault();
    onError(null);
    if (!markdown.trim()) {
      onError('Paste a reading list in Markdown first, or choose a file, or type its address.');
      return;
    }
    void prepare(() => prepareImport({ markdown, title, base, source: undefined }, installed));
  };

  return (
    <form class="curricula__form" onSubmit={previewPasted} noValidate>
      <div class="curricula__field">
        <label class="curricula__label" for="import-address">
          Address of a list
        </label>
        <div class="curricula__row">
          <input
            id="import-address"
            class="ra-input"
            type="url"
            value={address}
            placeholder="https://github.com/owner/awesome-list"
            onInput={(event) => setAddress(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void readAddress();
              }
            }}
          />
          <button
            type="button"
            class="ra-button"
            disabled={reading}
            onClick={() => void readAddress()}
          >
            {reading ? 'Reading…' : 'Read the list'}
          </button>
        </div>
        <span class="curricula__hint">
          A Markdown file, or a GitHub file or repository (its README). Readalong asks your
          permission to read from that site.
        </span>
      </div>
      <label class="curricula__field">
        <span class="curricula__label">Or a file (.md, or .json in the curriculum format)</span>
        <input
          type="file"
          accept=".md,.markdown,.txt,.json,text/markdown,text/plain,application/json"
          onChange={(event) => void pickFile(event.currentTarget)}
        />
      </label>
      <label class="curricula__field">
        <span class="curricula__label">Or paste the Markdown</span>
        <textarea
          class="ra-input"
          value={markdown}
          onInput={(event) => setMarkdown(event.currentTarget.value)}
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
        <span class="curricula__hint">By default, the list’s own address.</span>
      </label>
      <div class="curricula__actions">
        <button type="submit" class="ra-button ra-button--primary">
          Preview
        </button>
      </div>
    </form>
  );
}
