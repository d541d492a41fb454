import { useContext, useMemo, useState } from 'preact/hooks';
import type { Curriculum } from '../../shared/curriculum';
import { type LinkableItem, linkableItems, matchLinkable } from '../lib/linkable-items';
import { pageAddress } from '../lib/page-address';
import { PageLinksContext } from '../lib/page-links-context';
import { ErrorAlert } from './error-alert';
import { ModalDialog } from './modal-dialog';
import './link-page.css';

/** Items listed at once; typing narrows the rest down. */
const SHOWN = 40;

export interface LinkPageDialogProps {
  /** The page to link. */
  url: string;
  curricula: readonly Curriculum[];
  activeId: string | undefined;
  /** Why the last pick failed, if it did. */
  error: string | null;
  onPick(item: LinkableItem): void;
  onClose(): void;
}

/** "Link this page to an item": the items without a link, searchable; one click links. */
export function LinkPageDialog({
  url,
  curricula,
  activeId,
  error,
  onPick,
  onClose,
}: LinkPageDialogProps) {
  const links = useContext(PageLinksContext);
  const [text, setText] = useState('');
  const all = useMemo(() => linkableItems(curricula, activeId), [curricula, activeId]);
  const matches = useMemo(() => matchLinkable(all, text), [all, text]);
  return (
    <ModalDialog
      open
      title="Link this page to an item"
      onClose={onClose}
      actions={
        <button type="button" class="ra-button" onClick={onClose}>
          Cancel
        </button>
      }
    >
      <p>
        Pick the item you are reading at <span class="link-page__address">{pageAddress(url)}</span>.
        Readalong then keeps this address for it, syncs it, and tracks the item here.
      </p>
      <input
        type="search"
        class="ra-input link-page__search"
        aria-label="Find an item without a link"
        placeholder="Find an item…"
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        // biome-ignore lint/a11y/noAutofocus: the dialog opens to search its list
        autoFocus
      />
      <ErrorAlert message={error} class="link-page__error" />
      <p class="link-page__count" aria-live="polite">
        {matches.length === 0
          ? 'No item without a link matches.'
          : matches.length > SHOWN
            ? `${SHOWN} of ${matches.length} items shown: type to narrow them down.`
            : `${matches.length} ${matches.length === 1 ? 'item' : 'items'}`}
      </p>
      <ul class="link-page__items">
        {matches.slice(0, SHOWN).map((entry) => {
          const linked = links.get(entry.item.resourceKey);
          return (
            <li key={entry.item.resourceKey}>
              <button type="button" class="link-page__item" onClick={() => onPick(entry)}>
                <span class="link-page__title">{entry.item.title}</span>
                <span class="link-page__where">
                  {[entry.curriculumTitle, ...entry.sectionPath].join(' › ')}
                  {linked ? ` · now linked to ${pageAddress(linked)}` : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </ModalDialog>
  );
}
