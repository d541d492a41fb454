import { useState } from 'preact/hooks';
import type { TimestampedNote } from '../../../shared/resource-progress';
import { formatClock, parseClock } from '../../lib/format-clock';

export interface NoteItemProps {
  note: TimestampedNote;
  /** Null when the video is not playing in the followed tab (nothing to seek). */
  onSeek: ((seconds: number) => void) | null;
  onSave(changes: { seconds: number; text: string }): Promise<void>;
  onDelete(): void;
}

/** One note: its time (a button that seeks there), its text, and edit / delete. */
export function NoteItem({ note, onSeek, onSave, onDelete }: NoteItemProps) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const [time, setTime] = useState(formatClock(note.seconds));
  const [problem, setProblem] = useState<string | null>(null);

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
        setEditing(false);
        setProblem(null);
      } catch (error) {
        setProblem(error instanceof Error ? error.message : String(error));
      }
    };
    return (
      <li class="note note--editing">
        <form class="note__form" onSubmit={save}>
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
              class="ra-input note__text-input"
              rows={3}
              value={text}
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
            <button
              type="button"
              class="ra-button"
              onClick={() => {
                setEditing(false);
                setText(note.text);
                setTime(formatClock(note.seconds));
                setProblem(null);
              }}
            >
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
          type="button"
          class="ra-button ra-button--quiet"
          aria-label={`Edit the note at ${formatClock(note.seconds)}`}
          onClick={() => {
            setText(note.text);
            setTime(formatClock(note.seconds));
            setEditing(true);
          }}
        >
          Edit
        </button>
        <button
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
