import { useRef, useState } from 'preact/hooks';
import type { TimestampedNote } from '../../../shared/resource-progress';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { call } from '../../lib/call';
import { formatClock } from '../../lib/format-clock';
import { messageOf } from '../../lib/message-of';
import { submitOnCtrlEnter } from '../../lib/submit-on-ctrl-enter';
import { NoteItem } from './note-item';

export interface NotesSectionProps {
  resourceKey: string;
  notes: readonly TimestampedNote[];
  /** The video's time now, when it plays in the followed tab; notes can be added only then. */
  currentTime: number | null;
  onSeek: ((seconds: number) => void) | null;
  onError(message: string | null): void;
}

/**
 * Notes with timestamps: write one at the current time (the time is taken when you start
 * writing, so it marks the moment you meant), click a note's time to go there, edit, delete.
 */
export function NotesSection({
  resourceKey,
  notes,
  currentTime,
  onSeek,
  onError,
}: NotesSectionProps) {
  const [draft, setDraft] = useState('');
  const [draftAt, setDraftAt] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const [toDelete, setToDelete] = useState<TimestampedNote | null>(null);
  const at = draftAt ?? currentTime;
  const heading = useRef<HTMLHeadingElement>(null);

  const add = async (event: Event) => {
    event.preventDefault();
    if (at === null || !draft.trim()) return;
    setSaving(true);
    onError(null);
    try {
      await call('add-note', { resourceKey, seconds: at, text: draft });
      setDraft('');
      setDraftAt(null);
    } catch (error) {
      onError(`Could not add the note: ${messageOf(error)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section class="panel-section" aria-labelledby="notes-heading">
      <h3 class="panel-section__title" id="notes-heading" ref={heading} tabIndex={-1}>
        Notes
      </h3>
      {notes.length === 0 ? <p class="panel-muted">No notes yet.</p> : null}
      <ul class="notes">
        {notes.map((note) => (
          <NoteItem
            key={note.id}
            note={note}
            onSeek={onSeek}
            onSave={(changes) => call('edit-note', { resourceKey, noteId: note.id, ...changes })}
            onDelete={() => setToDelete(note)}
            afterDelete={heading}
          />
        ))}
      </ul>
      {currentTime === null ? (
        <p class="panel-muted">Play the video in its tab to add notes at a time.</p>
      ) : (
        <form class="note-add" onSubmit={add}>
          <label class="ra-visually-hidden" for="note-draft">
            New note at {formatClock(at ?? 0)}
          </label>
          <textarea
            id="note-draft"
            class="ra-input note-add__text"
            rows={2}
            placeholder="A thought, a question, a key point…"
            value={draft}
            onKeyDown={submitOnCtrlEnter}
            aria-describedby="note-draft-keys"
            onInput={(e) => {
              const text = e.currentTarget.value;
              if (!draft && text && draftAt === null) setDraftAt(currentTime);
              if (!text) setDraftAt(null);
              setDraft(text);
            }}
          />
          <button
            type="submit"
            class="ra-button ra-button--primary"
            disabled={saving || !draft.trim()}
          >
            Add note at {formatClock(at ?? 0)}
          </button>
          <span id="note-draft-keys" class="note-add__keys">
            Ctrl+Enter (⌘+Enter on a Mac) adds it
          </span>
        </form>
      )}
      <p class="panel-muted">
        <a href="/notes.html" target="_blank" rel="noreferrer">
          All your notes
        </a>
        , on every video, in one searchable page.
      </p>
      <ConfirmDialog
        open={toDelete !== null}
        title="Delete this note?"
        confirmLabel="Delete"
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          const note = toDelete;
          setToDelete(null);
          if (!note) return;
          call('delete-note', { resourceKey, noteId: note.id }).catch((error) =>
            onError(`Could not delete the note: ${messageOf(error)}`),
          );
        }}
      >
        <p>
          The note at {formatClock(toDelete?.seconds ?? 0)} — “{toDelete?.text}” — is deleted in
          every browser you sync.
        </p>
      </ConfirmDialog>
    </section>
  );
}
