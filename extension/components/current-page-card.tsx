import { useRef } from 'preact/hooks';
import type { ProgressStatus } from '../../shared/resource-progress';
import type { ChecklistEntry } from '../lib/checklist-model';
import { isLinkable } from '../lib/page-links';
import { useFocusFallback } from '../lib/use-focus-fallback';
import { ChecklistItemList } from './checklist-item-list';
import { CURRENT_PAGE_HEADING } from './current-page-ids';
import { PageLinkLine } from './page-link-line';
import './theme.css';
import './next-up-card.css';

export interface CurrentPageCardProps {
  entry: ChecklistEntry;
  onSetStatus(resourceKey: string, status: ProgressStatus): void;
  onReset(entry: ChecklistEntry): void;
}

/**
 * "This page": the curriculum item the active tab shows, with its state and one button to mark
 * it done, and, for an item shown here because the learner linked this page to it, that link
 * with "Unlink". The popup and the side panel lead with it.
 */
export function CurrentPageCard({ entry, onSetStatus, onReset }: CurrentPageCardProps) {
  const done = entry.state.kind === 'done';
  const heading = useRef<HTMLHeadingElement>(null);
  // Once marked, the button gives way to "Done": the focus stays in the card, on its heading.
  const markButton = useFocusFallback<HTMLButtonElement>(heading);
  return (
    <section class="next-up current-page" aria-labelledby={CURRENT_PAGE_HEADING}>
      <h2 ref={heading} tabIndex={-1} class="next-up__label" id={CURRENT_PAGE_HEADING}>
        This page
      </h2>
      <ChecklistItemList
        class="next-up__items"
        entries={[entry]}
        withContext
        onSetStatus={onSetStatus}
        onReset={onReset}
      />
      {isLinkable(entry.item) ? <PageLinkLine resourceKey={entry.item.resourceKey} /> : null}
      <p class="current-page__action">
        {done ? (
          <span class="current-page__done">Done</span>
        ) : (
          <button
            ref={markButton}
            type="button"
            class="ra-button ra-button--primary"
            onClick={() => onSetStatus(entry.item.resourceKey, 'done')}
          >
            Mark this page done
          </button>
        )}
      </p>
    </section>
  );
}
