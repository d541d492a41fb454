import { useState } from 'preact/hooks';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { SyncStatus } from '../../../components/sync-status';
import { call } from '../../../lib/call';
import { syncAccountStorage } from '../../../lib/storage';
import { useStorageValue } from '../../../lib/use-storage-value';
import { SyncAddBrowser } from './sync-add-browser';
import { SyncDevices } from './sync-devices';
import { RecoveryKeyNotice, SyncRecoveryKey } from './sync-recovery-key';
import { SyncSignedOut } from './sync-signed-out';
import './sync-section.css';
import { ErrorAlert } from '../../../components/error-alert';
import { messageOf } from '../../../lib/message-of';

/**
 * Sync: off by default. Start it (and see the recovery key once), join with a code, add
 * another browser, manage the browsers in the account, replace the recovery key, sign out, or
 * delete the data on the server. Local progress is never deleted by anything here.
 */
export function SyncSection() {
  const account = useStorageValue(syncAccountStorage);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<'sign-out' | 'delete' | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (account === undefined) return null;

  const act = async (task: () => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      setNotice(await task());
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="options-section sync-section" aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync</h2>
      <p class="sync-section__status">
        <SyncStatus showDetail hideWhenOff />
      </p>
      {recoveryKey ? (
        <RecoveryKeyNotice recoveryKey={recoveryKey} onDone={() => setRecoveryKey(null)} />
      ) : null}
      {account === null ? (
        <SyncSignedOut onStarted={setRecoveryKey} />
      ) : (
        <div class="sync-signed-in">
          <p>
            This browser syncs with <code>{account.serverUrl}</code>.{' '}
            <button
              type="button"
              class="ra-button"
              disabled={busy}
              onClick={() => act(async () => (await call('sync-now')) && null)}
            >
              Sync now
            </button>
          </p>
          <SyncAddBrowser />
          <SyncDevices />
          <SyncRecoveryKey />
          <p class="sync-section__actions">
            <button
              type="button"
              class="ra-button"
              disabled={busy}
              onClick={() => setConfirming('sign-out')}
            >
              Sign out of sync
            </button>{' '}
            <button
              type="button"
              class="ra-button ra-button--danger"
              disabled={busy}
              onClick={() => setConfirming('delete')}
            >
              Delete my data on the server
            </button>
          </p>
        </div>
      )}
      <ErrorAlert message={error} />
      {notice ? <p role="status">{notice}</p> : null}
      <ConfirmDialog
        open={confirming === 'sign-out'}
        title="Sign out of sync?"
        confirmLabel="Sign out"
        destructive={false}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          setConfirming(null);
          void act(async () => {
            const { revokedOnServer } = await call('sync-sign-out');
            return revokedOnServer
              ? 'Signed out. Your progress stays in this browser.'
              : 'Signed out here, but the server could not be told: remove this browser from the list in another browser.';
          });
        }}
      >
        This browser stops syncing and keeps all its progress. Your other browsers keep syncing.
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'delete'}
        title="Delete your data on the server?"
        confirmLabel="Delete"
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          setConfirming(null);
          void act(async () => {
            await call('sync-delete-server-data');
            // The status above says so.
            return null;
          });
        }}
      >
        The account, its browsers and all synced progress are deleted from the server for good.
        Every browser stops syncing; each keeps the progress it has.
      </ConfirmDialog>
    </section>
  );
}
