import { useMemo, useState } from 'preact/hooks';
import { ErrorAlert } from '../../../components/error-alert';
import { call } from '../../../lib/call';
import { linkableItems } from '../../../lib/linkable-items';
import { messageOf } from '../../../lib/message-of';
import { pageAddress } from '../../../lib/page-address';
import { linkedPage } from '../../../lib/page-links';
import { useCurricula } from '../../../lib/use-curricula';
import { useRegisters } from '../../../lib/use-registers';

/** The pages the learner linked to items without a link of their own, each with "Unlink". */
export function LinkedPagesSection() {
  const registers = useRegisters();
  const curricula = useCurricula();
  const [error, setError] = useState<string | null>(null);
  const linked = useMemo(() => {
    if (!registers || !curricula) return undefined;
    return linkableItems(curricula.curricula, curricula.active?.id).flatMap((entry) => {
      const url = linkedPage(registers, entry.item.resourceKey);
      return url ? [{ ...entry, url }] : [];
    });
  }, [registers, curricula]);
  if (!linked) return null;
  return (
    <section class="options-section" aria-labelledby="linked-pages-heading">
      <h2 id="linked-pages-heading">Pages you linked</h2>
      {linked.length === 0 ? (
        <p>
          None yet. For an item with no link of its own, such as a paper known by its title, open
          the page you read it at and choose “Link this page to an item…” in the popup or the side
          panel: Readalong then tracks the item there, in every browser you sync.
        </p>
      ) : (
        <ul class="linked-pages">
          {linked.map(({ item, url }) => (
            <li key={item.resourceKey}>
              {item.title} — read at{' '}
              <a href={url} target="_blank" rel="noreferrer">
                {pageAddress(url)}
              </a>{' '}
              <button
                type="button"
                class="ra-button ra-button--quiet"
                onClick={() => {
                  setError(null);
                  call('unlink-page', { resourceKey: item.resourceKey }).catch((e: unknown) =>
                    setError(`Could not unlink that page: ${messageOf(e)}`),
                  );
                }}
              >
                Unlink<span class="ra-visually-hidden"> {item.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert message={error} />
    </section>
  );
}
