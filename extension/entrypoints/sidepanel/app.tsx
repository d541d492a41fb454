import { useMemo, useState } from 'preact/hooks';
import type { ProgressStatus } from '../../../shared/resource-progress';

import { CurrentPageCard } from '../../components/current-page-card';
import { deferred } from '../../components/deferred';
import { ErrorAlert } from '../../components/error-alert';
import { LinkPageOffer } from '../../components/link-page-offer';
import { SyncStatus } from '../../components/sync-status';
import { call } from '../../lib/call';
import { buildChecklist, type ChecklistEntry } from '../../lib/checklist-model';
import { messageOf } from '../../lib/message-of';
import { pageEntry } from '../../lib/page-entry';
import { PageLinksContext, usePageLinks } from '../../lib/page-links-context';
import { findSessionCard } from '../../lib/session-card';
import { useCurricula } from '../../lib/use-curricula';
import { useFollowedTab } from '../../lib/use-followed-tab';
import { usePageKeys } from '../../lib/use-page-keys';
import { useProgressMap } from '../../lib/use-progress-map';
import { ElsewhereView } from './elsewhere-view';
import { SessionCardView } from './session-card-view';
import { seekVideo, useActiveVideo } from './use-active-video';

// Loaded when first asked for, not with the side panel.
const ResetConfirm = deferred(() =>
  import('../../components/reset-confirm').then((m) => m.ResetConfirm),
);

/**
 * The side panel: follows the active tab. Beside a curriculum video it shows that session's
 * card (materials, watched bar, resume, notes); beside any other curriculum page, that item
 * first ("This page", with a button to mark it done); then this week's session and the
 * checklist in brief. Everything is painted from local storage; the followed tab's video
 * tells the panel what it does.
 */
export function App() {
  const tabId = useFollowedTab();
  const video = useActiveVideo(tabId);
  const pageKeys = usePageKeys(tabId);
  const curricula = useCurricula();
  const links = usePageLinks(curricula?.curricula);
  const progress = useProgressMap();
  const [error, setError] = useState<string | null>(null);
  const [toReset, setToReset] = useState<ChecklistEntry | null>(null);

  const active = curricula?.active;
  const card = useMemo(() => {
    if (!curricula || !video?.resourceKey) return null;
    const ordered = [...curricula.curricula].sort((a, b) =>
      a.id === active?.id ? -1 : b.id === active?.id ? 1 : 0,
    );
    return findSessionCard(ordered, video.resourceKey, curricula.scheduleOf);
  }, [curricula, active, video?.resourceKey]);
  const checklist = useMemo(
    () => (active && progress ? buildChecklist(active, progress) : undefined),
    [active, progress],
  );

  const page = useMemo(
    () =>
      curricula && progress ? pageEntry(pageKeys, checklist, curricula.curricula, progress) : null,
    [pageKeys, checklist, curricula, progress],
  );

  if (!curricula || !progress) return null;

  const live = video?.status?.tracked ? video.status : null;
  const seek = (seconds: number) => {
    if (tabId === null || !live) return;
    setError(null);
    seekVideo(tabId, live.videoId, seconds).catch((e: unknown) =>
      setError(`Could not move the video: ${messageOf(e)}`),
    );
  };
  const setStatus = (resourceKey: string, status: ProgressStatus) => {
    setError(null);
    call('set-status', { resourceKeys: [resourceKey], status }).catch((e: unknown) =>
      setError(`Could not save that change: ${messageOf(e)}`),
    );
  };

  return (
    <PageLinksContext.Provider value={links}>
      <div class="panel">
        <header class="panel__header">
          <h1 class="panel__brand">Readalong</h1>
          <SyncStatus hideWhenOff />
        </header>
        <ErrorAlert message={error} class="panel__error" />
        <main class="panel__main">
          {card ? (
            <SessionCardView
              card={card}
              progress={progress}
              live={live?.resourceKey === card.video.resourceKey ? live : null}
              onSeek={seek}
              onSetStatus={setStatus}
              onReset={setToReset}
              onError={setError}
            />
          ) : checklist ? (
            <>
              {page ? (
                <CurrentPageCard entry={page} onSetStatus={setStatus} onReset={setToReset} />
              ) : tabId !== null ? (
                <LinkPageOffer
                  tabId={tabId}
                  curricula={curricula.curricula}
                  activeId={active?.id}
                />
              ) : null}
              <ElsewhereView
                checklist={checklist}
                schedule={curricula.scheduleOf(checklist.curriculumId)}
                onSetStatus={setStatus}
                onReset={setToReset}
              />
            </>
          ) : (
            <p class="panel-muted">No curriculum is installed. Import one on the options page.</p>
          )}
        </main>
        <ResetConfirm
          when={toReset !== null}
          request={
            toReset && {
              scope: 'item',
              title: toReset.item.title,
              count: 1,
              resourceKeys: [toReset.item.resourceKey],
            }
          }
          onCancel={() => setToReset(null)}
          onConfirm={({ resourceKeys }) => {
            setToReset(null);
            call('reset', { resourceKeys }).catch((e: unknown) =>
              setError(`Could not reset: ${messageOf(e)}`),
            );
          }}
        />
      </div>
    </PageLinksContext.Provider>
  );
}
