import { useState } from 'preact/hooks';
import { ErrorAlert } from '../../../components/error-alert';
import { call } from '../../../lib/call';
import { messageOf } from '../../../lib/message-of';
import { syncServerUrlStorage } from '../../../lib/storage';
import { defaultDeviceName } from '../../../lib/sync/device-name';
import { requestServerAccess } from '../../../lib/sync/server-access';
import { defaultServerUrl, normalizeServerUrl } from '../../../lib/sync/server-url';
import { useStorageValue } from '../../../lib/use-storage-value';

/** Not syncing yet: choose the server, then start (a new account) or join (with a code). */
export function SyncSignedOut({ onStarted }: { onStarted(recoveryKey: string): void }) {
  const chosen = useStorageValue(syncServerUrlStorage);
  const fallback = defaultServerUrl();
  const [serverInput, setServerInput] = useState<string | null>(null);
  const [deviceName, setDeviceName] = useState(defaultDeviceName());
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState<'start' | 'join' | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (chosen === undefined) return null;
  const serverText = serverInput ?? chosen ?? fallback ?? '';

  /** Checks the form, asks for access to the server, then runs `task` with its address. */
  const run = async (kind: 'start' | 'join', task: (serverUrl: string) => Promise<void>) => {
    setError(null);
    const server = normalizeServerUrl(serverText);
    if (!server.ok) return setError(server.error);
    if (!deviceName.trim()) return setError('Give this browser a name, e.g. “Firefox at home”.');
    if (kind === 'join' && !code.trim()) {
      return setError('Enter the pairing code shown by your other browser, or your recovery key.');
    }
    setBusy(kind);
    try {
      // First, while the click still counts as the learner's action (the browser may ask).
      await requestServerAccess(server.url);
      await syncServerUrlStorage.setValue(server.url === fallback ? null : server.url);
      await task(server.url);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  };

  const start = () =>
    run('start', async (serverUrl) => {
      const { recoveryKey } = await call('sync-start', {
        serverUrl,
        deviceName: deviceName.trim(),
      });
      onStarted(recoveryKey);
    });

  const join = (event: Event) => {
    event.preventDefault();
    return run('join', async (serverUrl) => {
      await call('sync-join', {
        serverUrl,
        code: code.trim(),
        deviceName: deviceName.trim(),
      });
      setCode('');
    });
  };

  return (
    <div class="sync-signed-out">
      <p>
        Sync is off: your progress stays in this browser only. Turn it on to keep your progress in
        step across your browsers. Only the progress of curriculum items and your imported curricula
        are sent, never other pages.
      </p>
      <p class="sync-field">
        <label for="sync-server">Sync server</label>
        <input
          id="sync-server"
          class="ra-input"
          type="url"
          placeholder="https://sync.example.org"
          value={serverText}
          onInput={(e) => setServerInput(e.currentTarget.value)}
        />
        <span class="sync-hint">
          {fallback
            ? `The default is ${fallback}. To use a server of your own, enter its address; Readalong will ask for permission to reach it.`
            : 'This build has no default server: enter the address of your own (see the README on self-hosting).'}
        </span>
      </p>
      <p class="sync-field">
        <label for="sync-device-name">This browser’s name</label>
        <input
          id="sync-device-name"
          class="ra-input"
          maxLength={100}
          value={deviceName}
          onInput={(e) => setDeviceName(e.currentTarget.value)}
        />
      </p>
      <div class="sync-choices">
        <div class="sync-choice">
          <h3>First browser</h3>
          <p>Creates your sync account, with this browser in it.</p>
          <button
            type="button"
            class="ra-button ra-button--primary"
            disabled={busy !== null}
            onClick={start}
          >
            {busy === 'start' ? 'Starting…' : 'Start syncing'}
          </button>
        </div>
        <form class="sync-choice" onSubmit={join}>
          <h3>Join with a code</h3>
          <p>
            <label for="sync-code">
              On a browser that already syncs, choose “Add another browser” and enter the code it
              shows, or enter your recovery key.
            </label>
          </p>
          <input
            id="sync-code"
            class="ra-input"
            autocomplete="off"
            spellcheck={false}
            placeholder="7KQ2M-XR4TD"
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
          />{' '}
          <button type="submit" class="ra-button" disabled={busy !== null}>
            {busy === 'join' ? 'Joining…' : 'Join'}
          </button>
        </form>
      </div>
      <ErrorAlert message={error} />
    </div>
  );
}
