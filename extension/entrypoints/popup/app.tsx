import { useEffect, useMemo, useState } from 'preact/hooks';
import { progressSubject } from '../../../shared/progress-keys';
import type { ProgressStatus } from '../../../shared/resource-progress';
import { deferred } from '../../components/deferred';
import { ErrorAlert } from '../../components/error-alert';
import { LinkPageOffer } from '../../components/link-page-offer';
import type { ResetRequest } from '../../components/reset-confirm';
import { call } from '../../lib/call';
import { buildChecklist, sectionResourceKeys } from '../../lib/checklist-model';
import { messageOf } from '../../lib/message-of';
import { overallProgress } from '../../lib/overall-progress';
import { pageEntry } from '../../lib/page-entry';
import { PageLinksContext, usePageLinks } from '../../lib/page-links-context';
import { popupStateStorage } from '../../lib/storage';
import { useCurricula } from '../../lib/use-curricula';
import { useFollowedTab } from '../../lib/use-followed-tab';
import { usePageKeys } from '../../lib/use-page-keys';
import { useProgressMap } from '../../lib/use-progress-map';
import { useStorageValue } from '../../lib/use-storage-value';
import { useYouTubeAccess } from '../../lib/use-youtube-access';
import { Checklist } from './checklist';
import { PopupFooter } from './popup-footer';
import { PopupHeader } from './popup-header';

// Loaded when first shown, not with the popup: its first paint needs neither.
const ResetConfirm = deferred(() =>
  import('../../components/reset-confirm').then((m) => m.ResetConfirm),
);
const YouTubeAccessNotice = deferred(() =>
  import('../../components/youtube-access-notice').then((m) => m.YouTubeAccessNotice),
);

/** The notice, loaded only once the browser says Readalong may not run on YouTube. */
function AccessNotice() {
  const granted = useYouTubeAccess();
  return <YouTubeAccessNotice when={granted === false} from="popup" />;
}

/**
 * The popup: paints the active curriculum's checklist from local storage as soon as it is
 * read (no network), and sends every change to the background, which owns the writes.
 */
export function App() {
  const curricula = useCurricula();
  const links = usePageLinks(curricula?.curricula);
  const progress = useProgressMap();
  const popupState = useStorageValue(popupStateStorage);
  /** Ticks shown before the background has stored them, by resource key. */
  const [pending, setPending] = useState<ReadonlyMap<string, ProgressStatus>>(new Map());
  const [resetRequest, setResetRequest] = useState<ResetRequest | null>(null);
  const [error, setError] = useState<string | null>(null);

  // A pending tick is dropped once the stored progress shows it.
  useEffect(() => {
    if (!progress || pending.size === 0) return;
    const left = new Map(
      [...pending].filter(
        ([key, status]) => (progress.get(progressSubject(key))?.status ?? 'none') !== status,
      ),
    );
    if (left.size !== pending.size) setPending(left);
  }, [progress, pending]);

  const curriculum = curricula?.active;
  const checklist = useMemo(
    () => (curriculum && progress ? buildChecklist(curriculum, progress, pending) : undefined),
    [curriculum, progress, pending],
  );

  const tabId = useFollowedTab();
  const pageKeys = usePageKeys(tabId);
  const page = useMemo(
    () =>
      curricula && progress ? pageEntry(pageKeys, checklist, curricula.curricula, progress) : null,
    [pageKeys, checklist, curricula, progress],
  );
  const overall = useMemo(() => checklist && overallProgress(checklist), [checklist]);

  if (!curricula || !progress || !popupState) return null;

  const setStatus = (resourceKey: string, status: ProgressStatus) => {
    setError(null);
    setPending((current) => new Map(current).set(resourceKey, status));
    call('set-status', { resourceKeys: [resourceKey], status }).catch((e: unknown) => {
      setPending((current) => {
        const next = new Map(current);
        next.delete(resourceKey);
        return next;
      });
      setError(`Could not save that change: ${messageOf(e)}`);
    });
  };

  const reset = (request: ResetRequest) => {
    setResetRequest(null);
    setError(null);
    call('reset', { resourceKeys: request.resourceKeys }).catch((e: unknown) =>
      setError(`Could not reset: ${messageOf(e)}`),
    );
  };

  return (
    <PageLinksContext.Provider value={links}>
      <PopupHeader
        curricula={curricula.curricula}
        active={curriculum}
        onChoose={(id) => {
          curricula.choose(id).catch((e: unknown) => setError(messageOf(e)));
        }}
        totals={checklist?.totals}
        overall={overall}
        onError={setError}
      />
      <div class="popup__access">
        <AccessNotice />
      </div>
      <ErrorAlert message={error} class="popup__error" />
      {tabId !== null && checklist && !page ? (
        <LinkPageOffer tabId={tabId} curricula={curricula.curricula} activeId={curriculum?.id} />
      ) : null}
      {checklist ? (
        <Checklist
          checklist={checklist}
          page={page}
          popupState={popupState}
          schedule={curricula.scheduleOf(checklist.curriculumId)}
          onSetStatus={setStatus}
          onResetRequest={setResetRequest}
        />
      ) : (
        <main class="popup__main">
          <p class="popup__empty">No curriculum is installed. Import one on the options page.</p>
        </main>
      )}
      <PopupFooter
        canReset={(checklist?.totals.started ?? 0) > 0}
        onResetAll={() =>
          checklist &&
          setResetRequest({
            scope: 'everything',
            title: checklist.title,
            count: checklist.totals.total,
            resourceKeys: [...new Set(checklist.sections.flatMap(sectionResourceKeys))],
          })
        }
      />
      <ResetConfirm
        when={resetRequest !== null}
        request={resetRequest}
        onConfirm={reset}
        onCancel={() => setResetRequest(null)}
      />
    </PageLinksContext.Provider>
  );
}
