import { useEffect, useState } from 'preact/hooks';
import type { Curriculum } from '../../shared/curriculum';
import { call } from '../lib/call';
import { focusOnceShown } from '../lib/focus-once-shown';
import { messageOf } from '../lib/message-of';
import { CURRENT_PAGE_HEADING, LINK_PAGE_BUTTON } from './current-page-ids';
import { deferred } from './deferred';
import './theme.css';
import './link-page.css';

// Loaded when the learner asks for it, not with the page.
const LinkPageDialog = deferred(() => import('./link-page-dialog').then((m) => m.LinkPageDialog));

export interface LinkPageOfferProps {
  /** The tab the page follows. */
  tabId: number;
  curricula: readonly Curriculum[];
  activeId: string | undefined;
}

/**
 * Beside a web page that is no curriculum item: "Link this page to an item…", for an item that
 * has no link of its own (a paper known only by its title). The page's address comes from the
 * background, is shown, and is kept only if the learner picks an item.
 */
export function LinkPageOffer({ tabId, curricula, activeId }: LinkPageOfferProps) {
  const [url, setUrl] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setUrl(null);
    call('page-to-link', { tabId })
      .then((page) => live && setUrl(page?.url ?? null))
      .catch(() => undefined); // no offer then: nothing the learner asked for failed
    return () => {
      live = false;
    };
  }, [tabId]);
  if (url === null) return null;
  return (
    <section class="link-page" aria-label="Link the page you are on">
      <button
        type="button"
        id={LINK_PAGE_BUTTON}
        class="ra-button ra-button--quiet link-page__open"
        onClick={() => {
          setError(null);
          // The tab may have moved on since the offer was made (the side panel stays open).
          call('page-to-link', { tabId })
            .then((page) => {
              setUrl(page?.url ?? null);
              setPicking(page !== null);
            })
            .catch(() => setUrl(null));
        }}
      >
        Link this page to an item…
      </button>
      {picking ? (
        <LinkPageDialog
          when
          url={url}
          curricula={curricula}
          activeId={activeId}
          error={error}
          onClose={() => setPicking(false)}
          onPick={({ item }) => {
            setError(null);
            call('link-page', { tabId, url, resourceKey: item.resourceKey })
              .then(() => {
                setPicking(false);
                // The current-page card takes this offer's place: the focus goes to it.
                focusOnceShown(CURRENT_PAGE_HEADING);
              })
              .catch((e: unknown) => setError(`Could not link this page: ${messageOf(e)}`));
          }}
        />
      ) : null}
    </section>
  );
}
