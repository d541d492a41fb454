import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TimestampedNote } from '../../../shared/resource-progress';
import { formatClock, parseClock } from '../../lib/format-clock';
import { messageOf } from '../../lib/message-of';
import { submitOnCtrlEnter } from '../../lib/submit-on-ctrl-enter';
import { useFocusFallback } from '../../lib/use-focus-fallback';

export interface NoteItemProps {
  note: TimestampedNote;
  /** Null when the video is not playing in the followed tab (nothing to seek). */
  onSeek: ((seconds: number) => void) | null;
  onSave(changes: { seconds: number; text: string }): Promise<void>;
  onDelete(): void;
  /** Where the focus goes once the note is deleted. */
  afterDelete: RefObject<HTMLElement | null>;
}

/**
 * One note: its time (a button that seeks there), its text, and edit / delete. Editing moves
 * the focus into the form; Save, Cancel and Escape bring it back to the note's Edit button.
 */
export function NoteItem({ note, onSeek, onSave, onDelete, afterDelete }: NoteItemProps) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const [time, setTime] = useState(formatClock(note.seconds));
  const [problem, setProblem] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const textInput = useRef<HTMLTextAreaElement>(null);
  /** Where the focus goes once the note is drawn again (after the learner opened or closed the form). */
  const focusNext = useRef<'form' | 'note' | null>(null);
  const deleteButton = useFocusFallback<HTMLButtonElement>(afterDelete);

  useEffect(() => {
    if (focusNext.current === 'form') textInput.current?.focus();
    if (focusNext.current === 'note') editButton.current?.focus();
    focusNext.current = null;
  }, [editing]);

  const startEditing = () => {
    setText(note.text);
    setTime(formatClock(note.seconds));
    focusNext.current = 'form';
    setEditing(true);
  };
  const stopEditing = () => {
    setProblem(null);
    focusNext.current = 'note';
    setEditing(false);
  };

  if (editing) {
    const save = async (event: Event) => {
      event.preventDefault();
      const seconds = parseClock(time);
      if (seconds === null) {
        setProblem(`"${time}" is not a time: write it as 12:34 or 1:02:03.`);
        return;
      }
      try {
        await onSave({ seconds, text });
        stopEditing();
      } catch (error) {
        setProblem(messageOf(error));
      }
    };
    return (
      <li class="note note--editing">
        <form
          class="note__form"
          aria-label={`Edit the note at ${formatClock(note.seconds)}`}
          onSubmit={save}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              stopEditing();
            }
          }}
        >
          <label class="note__label">
            Time
            <input
              class="ra-input note__time-input"
              value={time}
              onInput={(e) => setTime(e.currentTarget.value)}
            />
          </label>
          <label class="note__label note__label--grow">
            Note
            <textarea
              ref={textInput}
              class="ra-input note__text-input"
              rows={3}
              value={text}
              onKeyDown={submitOnCtrlEnter}
              onInput={(e) => setText(e.currentTarget.value)}
            />
          </label>
          {problem ? (
            <p class="ra-error" role="alert">
              {problem}
            </p>
          ) : null}
          <div class="note__actions">
            <button type="submit" class="ra-button ra-button--primary">
              Save
            </button>
            <button type="button" class="ra-button" onClick={stopEditing}>
              Cancel
            </button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li class="note" data-note-id={note.id}>
      {onSeek ? (
        <button
          type="button"
          class="note__time"
          aria-label={`Go to ${formatClock(note.seconds)}`}
          onClick={() => onSeek(note.seconds)}
        >
          {formatClock(note.seconds)}
        </button>
      ) : (
        <span class="note__time note__time--still">{formatClock(note.seconds)}</span>
      )}
      <p class="note__text">{note.text}</p>
      <div class="note__actions">
        <button
          ref={editButton}
          type="button"
          class="ra-button ra-button--quiet"
          aria-label={`Edit the note at ${formatClock(note.seconds)}`}
          onClick={startEditing}
        >
          Edit
        </button>
        <button
          ref={deleteButton}
          type="button"
          class="ra-button ra-button--quiet"
          aria-label={`Delete the note at ${formatClock(note.seconds)}`}
          onClick={onDelete}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
