import { useState } from 'preact/hooks';
import { call } from '../lib/call';
import { focusOnceShown } from '../lib/focus-once-shown';
import { messageOf } from '../lib/message-of';
import { pageAddress } from '../lib/page-address';
import { useLinkedPage } from '../lib/page-links-context';
import { useFollowedTab } from '../lib/use-followed-tab';
import { LINK_PAGE_BUTTON } from './current-page-ids';
import { ErrorAlert } from './error-alert';
import './link-page.css';

/**
 * Under an item without a link of its own that the learner linked a page to: that page, and
 * "Unlink" (the item is then tracked nowhere again; its progress stays).
 */
export function PageLinkLine({ resourceKey }: { resourceKey: string }) {
  const tabId = useFollowedTab();
  const [error, setError] = useState<string | null>(null);
  const url = useLinkedPage(resourceKey);
  if (!url) return null;
  return (
    <>
      <p class="link-page__linked">
        <span>
          Linked by you to{' '}
          <a href={url} target="_blank" rel="noreferrer">
            {pageAddress(url)}
          </a>
        </span>
        <button
          type="button"
          class="ra-button ra-button--quiet"
          onClick={() => {
            setError(null);
            call('unlink-page', { resourceKey, ...(tabId === null ? {} : { tabId }) })
              // The offer to link the page again takes the card's place: the focus goes to it.
              .then(() => focusOnceShown(LINK_PAGE_BUTTON))
              .catch((e: unknown) => setError(`Could not unlink this page: ${messageOf(e)}`));
          }}
        >
          Unlink
        </button>
      </p>
      <ErrorAlert message={error} class="link-page__error" />
    </>
  );
}
