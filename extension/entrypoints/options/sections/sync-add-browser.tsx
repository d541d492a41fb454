import { useEffect, useState } from 'preact/hooks';
import type { CreatePairingCodeResponse } from '../../../../shared/sync-protocol';
import { ErrorAlert } from '../../../components/error-alert';
import { call } from '../../../lib/call';
import { messageOf } from '../../../lib/message-of';
import { CopyButton } from './sync-copy-button';

function minutesLeft(expiresAt: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(expiresAt) - now) / 60_000));
}

/** "Add another browser": a short single-use code, and until when it works. */
export function SyncAddBrowser() {
  const [pairing, setPairing] = useState<CreatePairingCodeResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!pairing) return;
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, [pairing]);

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      setPairing(await call('sync-add-browser'));
      setNow(Date.now());
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const left = pairing ? minutesLeft(pairing.expiresAt, now) : 0;
  return (
    <div class="sync-add-browser">
      <button type="button" class="ra-button ra-button--primary" disabled={busy} onClick={create}>
        {pairing ? 'New code' : 'Add another browser'}
      </button>
      {pairing ? (
        <div class="sync-secret">
          <p>
            In the other browser, open Readalong’s options, choose “Join with a code” and enter:
          </p>
          <p class="sync-secret__value">
            <code data-testid="pairing-code">{pairing.code}</code>{' '}
            <CopyButton text={pairing.code} />
          </p>
          <p class="sync-hint" data-testid="pairing-expiry">
            {left > 0
              ? `Works once, until ${new Date(pairing.expiresAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })} (${left} min left).`
              : 'This code has expired: get a new one.'}
          </p>
        </div>
      ) : null}
      <ErrorAlert message={error} />
    </div>
  );
}
