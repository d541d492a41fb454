import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Device } from '../../../../shared/sync-protocol';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { call } from '../../../lib/call';
import { messageOf } from '../../../lib/message-of';
import { distinctDeviceName } from '../../../lib/sync/device-name';
import { timeAgo } from '../../../lib/sync/sync-status-text';

/** The browsers in the account: rename any of them, remove the others. */
export function SyncDevices() {
  const [devices, setDevices] = useState<Device[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ deviceId: string; name: string } | null>(null);
  const [removing, setRemoving] = useState<Device | null>(null);

  const load = useCallback(async () => {
    try {
      setDevices(await call('sync-devices'));
      setError(null);
    } catch (e) {
      setError(`Could not load the devices: ${messageOf(e)}`);
    }
  }, []);
  useEffect(() => {
    void load();
    // Back from another browser (which may have just joined): show the list as it is now.
    const reload = () => void load();
    window.addEventListener('focus', reload);
    return () => window.removeEventListener('focus', reload);
  }, [load]);

  const act = async (task: () => Promise<unknown>) => {
    setError(null);
    try {
      await task();
      await load();
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const saveName = (event: Event) => {
    event.preventDefault();
    if (!renaming) return;
    const { deviceId, name } = renaming;
    if (!name.trim()) return setError('A device name cannot be empty.');
    setRenaming(null);
    return act(() => call('sync-rename-device', { deviceId, name: name.trim() }));
  };

  const now = Date.now();
  // After joining (or an older default name): this browser shares its name with another one.
  const current = devices?.find((d) => d.current);
  const others = devices?.filter((d) => !d.current).map((d) => d.name) ?? [];
  const suggestion =
    current && others.includes(current.name) ? distinctDeviceName(current.name, others) : null;
  return (
    <div class="sync-devices">
      <h3>
        Browsers in sync{' '}
        <button type="button" class="ra-button ra-button--quiet" onClick={() => void load()}>
          Refresh
        </button>
      </h3>
      {devices === null && !error ? <p>Loading…</p> : null}
      {current && suggestion ? (
        <p class="sync-devices__same-name" role="status">
          Another browser in sync is also called “{current.name}”. Give this one a name that tells
          them apart:{' '}
          <button
            type="button"
            class="ra-button"
            onClick={() =>
              act(() =>
                call('sync-rename-device', { deviceId: current.deviceId, name: suggestion }),
              )
            }
          >
            Call it “{suggestion}”
          </button>{' '}
          <button
            type="button"
            class="ra-button ra-button--quiet"
            onClick={() => setRenaming({ deviceId: current.deviceId, name: current.name })}
          >
            Choose a name
          </button>
        </p>
      ) : null}
      {devices ? (
        <ul class="sync-devices__list">
          {devices.map((device) => (
            <li key={device.deviceId} class="sync-devices__item" data-testid="sync-device">
              {renaming?.deviceId === device.deviceId ? (
                <form onSubmit={saveName} class="sync-devices__rename">
                  <label class="ra-visually-hidden" for={`rename-${device.deviceId}`}>
                    New name for {device.name}
                  </label>
                  <input
                    id={`rename-${device.deviceId}`}
                    class="ra-input"
                    maxLength={100}
                    value={renaming.name}
                    onInput={(e) =>
                      setRenaming({ deviceId: device.deviceId, name: e.currentTarget.value })
                    }
                  />{' '}
                  <button type="submit" class="ra-button ra-button--primary">
                    Save
                  </button>{' '}
                  <button type="button" class="ra-button" onClick={() => setRenaming(null)}>
                    Cancel
                  </button>
                </form>
              ) : (
                <>
                  <span class="sync-devices__name">
                    {device.name}
                    {device.current ? ' (this browser)' : ''}
                  </span>{' '}
                  <span class="sync-hint">
                    last seen {timeAgo(Date.parse(device.lastSeenAt), now)}
                  </span>{' '}
                  <button
                    type="button"
                    class="ra-button ra-button--quiet"
                    onClick={() => setRenaming({ deviceId: device.deviceId, name: device.name })}
                  >
                    Rename<span class="ra-visually-hidden"> {device.name}</span>
                  </button>
                  {device.current ? null : (
                    <button
                      type="button"
                      class="ra-button ra-button--quiet"
                      onClick={() => setRemoving(device)}
                    >
                      Remove<span class="ra-visually-hidden"> {device.name}</span>
                    </button>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <ErrorAlert message={error} />
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.name ?? 'this browser'}?`}
        confirmLabel="Remove"
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const device = removing;
          setRemoving(null);
          if (device) void act(() => call('sync-revoke-device', { deviceId: device.deviceId }));
        }}
      >
        It stops syncing at once and keeps the progress it has. It can join again with a new code.
      </ConfirmDialog>
    </div>
  );
}
