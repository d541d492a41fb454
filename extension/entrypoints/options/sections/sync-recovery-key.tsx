import { useState } from 'preact/hooks';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { call } from '../../../lib/call';
import { messageOf } from '../../../lib/message-of';
import { CopyButton } from './sync-copy-button';

/**
 * A recovery key, shown once: right after the account is created, or after it was replaced.
 * Nothing keeps it; once dismissed it cannot be shown again.
 */
export function RecoveryKeyNotice({
  recoveryKey,
  replaced = false,
  onDone,
}: {
  recoveryKey: string;
  /** The key replaces an earlier one (which no longer works). */
  replaced?: boolean;
  onDone(): void;
}) {
  return (
    <section class="sync-secret" aria-labelledby="sync-recovery-heading">
      <h3 id="sync-recovery-heading">{replaced ? 'Your new recovery key' : 'Your recovery key'}</h3>
      <p>
        {replaced ? 'Your old recovery key no longer works. ' : ''}
        Keep it somewhere safe, like a password manager. It adds a browser to your sync account when
        no other browser is at hand. <strong>This is the only time it is shown.</strong>
      </p>
      <p class="sync-secret__value">
        <code data-testid="recovery-key">{recoveryKey}</code> <CopyButton text={recoveryKey} />
      </p>
      <button type="button" class="ra-button" onClick={onDone}>
        I have saved it
      </button>
    </section>
  );
}

/**
 * "Replace recovery key": for a key that may have leaked. After a confirmation that says what
 * happens, the server makes a new key, shown once here, and the old one stops working at once.
 */
export function SyncRecoveryKey() {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);

  const replace = async () => {
    setConfirming(false);
    setBusy(true);
    setError(null);
    try {
      setRecoveryKey((await call('sync-replace-recovery-key')).recoveryKey);
    } catch (e) {
      setError(`The recovery key was not replaced: ${messageOf(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="sync-recovery-key">
      <h3>Recovery key</h3>
      {recoveryKey ? (
        <RecoveryKeyNotice recoveryKey={recoveryKey} replaced onDone={() => setRecoveryKey(null)} />
      ) : (
        <p>
          It was shown once, when you started syncing. If someone else may have seen it, replace it.{' '}
          <button
            type="button"
            class="ra-button"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            {busy ? 'Replacing…' : 'Replace recovery key'}
          </button>
        </p>
      )}
      <ErrorAlert message={error} />
      <ConfirmDialog
        open={confirming}
        title="Replace your recovery key?"
        confirmLabel="Replace"
        onCancel={() => setConfirming(false)}
        onConfirm={() => void replace()}
      >
        A new recovery key is made and shown here once. Your current key stops working at once, for
        everyone who has it. Your browsers stay in sync; remove any you do not know from the list
        above.
      </ConfirmDialog>
    </div>
  );
}
