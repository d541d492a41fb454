import { useEffect, useState } from 'preact/hooks';
import { call } from '../lib/call';
import { storageFullStorage, syncStatusStorage } from '../lib/storage';
import { syncStatusText } from '../lib/sync/sync-status-text';
import { useStorageValue } from '../lib/use-storage-value';
import { useSyncChecking } from './live-sync';
import './sync-status.css';

/** Re-renders every 30 s, so "2 min ago" stays true while the page is open. */
function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/**
 * Sync's state in a word: "Synced 2 min ago", "Checking…", "Syncing…", "3 changes waiting",
 * "Offline", "Signed out", "Error: … Retry", "Sync paused: …"; and, syncing or not, that this
 * browser is out of room for Readalong's data. Popup, side panel and options page show it; in
 * the popup's and the panel's header an error takes one line (all of it in the tooltip, and
 * under "More").
 */
export function SyncStatus({
  showDetail = false,
  hideWhenOff = false,
}: {
  /** Also show the detail (the error, the last sync) as text, not only as a tooltip. */
  showDetail?: boolean;
  /** Show nothing while sync was never turned on in this browser (it is opt-in). */
  hideWhenOff?: boolean;
}) {
  const status = useStorageValue(syncStatusStorage);
  const storageFull = useStorageValue(storageFullStorage);
  const checking = useSyncChecking();
  const now = useNow();
  const [retrying, setRetrying] = useState(false);
  /** A compact error shows one line; "More" shows all of it. */
  const [expanded, setExpanded] = useState(false);
  const offline = status?.kind === 'offline';
  useEffect(() => {
    if (!offline) return;
    // Pages hear that the network is back at once (the service worker is not told).
    const back = () => void call('sync-now').catch(() => {});
    window.addEventListener('online', back);
    return () => window.removeEventListener('online', back);
  }, [offline]);
  if (!status) return null;
  const neverOn = status.kind === 'signed-out' && !status.message && status.lastSyncedAt === null;
  const full = Boolean(storageFull);
  if (hideWhenOff && neverOn && !full) return null;
  const { text, detail, retry, tone } = syncStatusText(status, Math.max(now, status.at), {
    storageFull: full,
    checking,
  });
  const onRetry = async () => {
    setRetrying(true);
    try {
      await call('sync-now');
    } catch {
      // The status item says what went wrong.
    } finally {
      setRetrying(false);
    }
  };
  return (
    <span
      class={`sync-status sync-status--${tone}${showDetail || expanded ? '' : ' sync-status--compact'}`}
      role="status"
      title={[text, detail].filter(Boolean).join('\n')}
    >
      <span class="sync-status__dot" aria-hidden="true" />
      <span class="sync-status__body">
        <span class="sync-status__text">{text}</span>
        {(showDetail || expanded) && detail ? (
          <span class="sync-status__detail">{detail}</span>
        ) : null}
      </span>
      {!showDetail && tone === 'problem' ? (
        <button
          type="button"
          class="ra-button ra-button--quiet sync-status__more"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Less' : 'More'}
        </button>
      ) : null}
      {retry ? (
        <button
          type="button"
          class="ra-button ra-button--quiet sync-status__retry"
          disabled={retrying}
          onClick={onRetry}
        >
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
      ) : null}
    </span>
  );
}
