import { useRef } from 'preact/hooks';
import type { ProgressStatus } from '../../shared/resource-progress';
import type { ChecklistEntry } from '../lib/checklist-model';
import { formatClock } from '../lib/format-clock';
import { kindLabel } from '../lib/kind-label';
import { useLinkedPage } from '../lib/page-links-context';
import { resumePoint } from '../lib/resume-point';
import { useFocusFallback } from '../lib/use-focus-fallback';
import { videoStartUrl } from '../lib/video-start-url';
import { HighlightedText } from './highlighted-text';
import { ResetIcon, SkipIcon } from './icons';
import { ItemStateBadge } from './item-state-badge';
import './theme.css';
import './checklist-item.css';

export interface ChecklistItemProps {
  entry: ChecklistEntry;
  /** Ticked, unticked, skipped or unskipped. */
  onSetStatus(resourceKey: string, status: ProgressStatus): void;
  /** Asks to reset the item (the caller confirms first). */
  onReset(entry: ChecklistEntry): void;
  /** Shown before the kind, e.g. the section of an item listed out of place. */
  context?: string;
  /** The filter's words, marked in the title. */
  words?: readonly string[];
  /**
   * Its row in a virtualised list: the row's key (to measure it) and its place among its
   * list's items, which are not all drawn at once.
   */
  row?: { key: string; position: number; setSize: number };
}

/**
 * One item: a checkbox (done / not done), its title linking to the resource in a new tab (or to
 * the page the learner linked to an item without a link; the navigation tracker counts that as
 * opened; a video started before opens at its resume point,
 * with a second link to start it from the beginning), its kind and state, and buttons to skip
 * it and to reset its progress.
 */
export function ChecklistItem(props: ChecklistItemProps) {
  const { entry, onSetStatus, onReset, context, words = [], row } = props;
  const { item, state } = entry;
  const done = state.kind === 'done';
  const skipped = state.kind === 'skipped';
  const checkbox = useRef<HTMLInputElement>(null);
  // Once reset, the item has nothing left to reset: the focus goes back to its checkbox.
  const resetButton = useFocusFallback<HTMLButtonElement>(checkbox);
  const resumeAt = item.url && !done ? resumePoint(entry.progress?.video) : null;
  // An item without a link of its own opens the page the learner linked to it, if any.
  const linked = useLinkedPage(item.resourceKey);
  const url = item.url ?? linked;
  return (
    <li
      class="ra-item"
      data-state={state.kind}
      data-resource-key={item.resourceKey}
      data-row-key={row?.key}
      aria-posinset={row?.position}
      aria-setsize={row?.setSize}
    >
      <input
        ref={checkbox}
        type="checkbox"
        class="ra-checkbox"
        checked={done}
        aria-label={`Done: ${item.title}`}
        onChange={(event) =>
          onSetStatus(item.resourceKey, event.currentTarget.checked ? 'done' : 'none')
        }
      />
      <div class="ra-item__body">
        {url ? (
          <a
            class="ra-item__title"
            href={resumeAt === null ? url : videoStartUrl(url, resumeAt)}
            target="_blank"
            rel="noreferrer"
          >
            <HighlightedText text={item.title} words={words} />
            <span class="ra-visually-hidden">
              {resumeAt === null
                ? url === linked
                  ? ' (the page you linked, opens in a new tab)'
                  : ' (opens in a new tab)'
                : ` (resumes at ${formatClock(resumeAt)}, opens in a new tab)`}
            </span>
          </a>
        ) : (
          <span class="ra-item__title">
            <HighlightedText text={item.title} words={words} />
          </span>
        )}
        <div class="ra-item__meta">
          {context ? <span>{context}</span> : null}
          {kindLabel(item.kind).toLowerCase() === item.title.toLowerCase() ? null : (
            <span>{kindLabel(item.kind)}</span>
          )}
          <ItemStateBadge state={state} />
          {item.url && resumeAt !== null ? (
            <>
              <span aria-hidden="true">Resumes at {formatClock(resumeAt)}</span>
              <a
                class="ra-item__restart"
                href={videoStartUrl(item.url, 0)}
                target="_blank"
                rel="noreferrer"
                aria-label={`From the start: ${item.title} (opens in a new tab)`}
              >
                From the start
              </a>
            </>
          ) : null}
        </div>
      </div>
      <div class="ra-item__actions">
        <button
          type="button"
          class="ra-button ra-button--quiet ra-button--icon"
          aria-pressed={skipped}
          aria-label={`Skip: ${item.title}`}
          title={skipped ? 'Skipped (click to undo)' : 'Skip'}
          onClick={() => onSetStatus(item.resourceKey, skipped ? 'none' : 'skipped')}
        >
          <SkipIcon />
        </button>
        {state.kind === 'not-started' ? null : (
          <button
            ref={resetButton}
            type="button"
            class="ra-button ra-button--quiet ra-button--icon"
            aria-label={`Reset progress: ${item.title}`}
            title="Reset progress"
            onClick={() => onReset(entry)}
          >
            <ResetIcon />
          </button>
        )}
      </div>
    </li>
  );
}
