import { useState } from 'preact/hooks';
import type { Curriculum } from '../../../../shared/curriculum';
import { MAX_CURRICULUM_TITLE } from '../../../lib/curriculum-arrangement';

export interface CurriculumEntryProps {
  curriculum: Curriculum;
  meta: string;
  bundled: boolean;
  first: boolean;
  last: boolean;
  checking: boolean;
  onMove(by: -1 | 1): void;
  /** Blank: back to the curriculum's own title. */
  onRename(title: string): void;
  /** Absent when its source cannot be read again. */
  onCheckForUpdates?: () => void;
  onRemove(): void;
}

/** One installed curriculum: move it, rename it, check its source for updates, remove it. */
export function CurriculumEntry(props: CurriculumEntryProps) {
  const { curriculum: c } = props;
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(c.title);
  const inputId = `rename-${c.id}`;

  return (
    <li class="curricula__entry">
      <div class="curricula__entry-text">
        {renaming ? (
          <form
            class="curricula__row"
            onSubmit={(event) => {
              event.preventDefault();
              props.onRename(title);
              setRenaming(false);
            }}
          >
            <label class="ra-visually-hidden" for={inputId}>
              New title for {c.title}
            </label>
            <input
              id={inputId}
              class="ra-input"
              value={title}
              maxLength={MAX_CURRICULUM_TITLE}
              onInput={(event) => setTitle(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setRenaming(false);
              }}
            />
            <button type="submit" class="ra-button ra-button--primary">
              Save
            </button>
            <button type="button" class="ra-button" onClick={() => setRenaming(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <div class="curricula__entry-title">{c.title}</div>
        )}
        <div class="curricula__entry-meta">{props.meta}</div>
      </div>
      <div class="curricula__entry-actions">
        <button
          type="button"
          class="ra-button"
          aria-label={`Move ${c.title} up`}
          disabled={props.first}
          onClick={() => props.onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          class="ra-button"
          aria-label={`Move ${c.title} down`}
          disabled={props.last}
          onClick={() => props.onMove(1)}
        >
          ↓
        </button>
        <button
          type="button"
          class="ra-button"
          aria-label={`Rename ${c.title}`}
          onClick={() => {
            setTitle(c.title);
            setRenaming(true);
          }}
        >
          Rename
        </button>
        {props.onCheckForUpdates ? (
          <button
            type="button"
            class="ra-button"
            aria-label={`Check ${c.title} for updates`}
            disabled={props.checking}
            onClick={props.onCheckForUpdates}
          >
            {props.checking ? 'Checking…' : 'Check for updates'}
          </button>
        ) : null}
        {props.bundled ? null : (
          <button
            type="button"
            class="ra-button"
            aria-label={`Remove ${c.title}`}
            onClick={props.onRemove}
          >
            Remove
          </button>
        )}
      </div>
    </li>
  );
}
