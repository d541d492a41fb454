/**
 * Sync in the background: the triggers that run it, and the calls the options page, popup
 * and side panel make to start, join, manage and run it.
 */
import type { CreatePairingCodeResponse, Device } from '../../shared/sync-protocol';
import { handleCall } from '../lib/background-calls';
import { normalizeServerUrl } from '../lib/sync/server-url';
import {
  addAnotherBrowser,
  deleteServerData,
  joinWithCode,
  listDevices,
  renameDevice,
  revokeDevice,
  signOut,
  startSyncing,
} from '../lib/sync/sync-account';
import { registerSyncSchedule, syncCheck, syncScheduled } from '../lib/sync/sync-schedule';
import type { SyncStatus } from '../lib/sync/sync-storage';

declare module '../lib/background-calls' {
  interface BackgroundCalls {
    /** Creates an account; the recovery key comes back once and is not kept anywhere. */
    'sync-start': (req: {
      serverUrl: string;
      deviceName: string;
    }) => Promise<{ recoveryKey: string }>;
    /** Joins with a pairing code or the recovery key, and runs the first sync. */
    'sync-join': (req: {
      serverUrl: string;
      code: string;
      deviceName: string;
    }) => Promise<SyncStatus>;
    'sync-add-browser': (req: undefined) => Promise<CreatePairingCodeResponse>;
    'sync-devices': (req: undefined) => Promise<Device[]>;
    'sync-rename-device': (req: { deviceId: string; name: string }) => Promise<Device>;
    'sync-revoke-device': (req: { deviceId: string }) => Promise<void>;
    'sync-delete-server-data': (req: undefined) => Promise<void>;
    'sync-sign-out': (req: undefined) => Promise<{ revokedOnServer: boolean }>;
    /** Runs a round now (Retry, "Sync now") and answers with the status it left. */
    'sync-now': (req: undefined) => Promise<SyncStatus>;
    /**
     * A page wants fresh state (it opened, became visible, or was poked): a round soon,
     * shared with other checks (sync-schedule.ts `syncCheck`); answers with its status.
     */
    'sync-check': (req: undefined) => Promise<SyncStatus>;
  }
}

function serverUrlOf(input: string): string {
  const normalized = normalizeServerUrl(input);
  if (!normalized.ok) throw new Error(normalized.error);
  return normalized.url;
}

export function registerSync(): void {
  registerSyncSchedule();
  handleCall('sync-start', async ({ serverUrl, deviceName }) => {
    const started = await startSyncing(serverUrlOf(serverUrl), deviceName);
    void syncScheduled();
    return started;
  });
  handleCall('sync-join', async ({ serverUrl, code, deviceName }) => {
    await joinWithCode(serverUrlOf(serverUrl), code, deviceName);
    return syncScheduled();
  });
  handleCall('sync-add-browser', () => addAnotherBrowser());
  handleCall('sync-devices', () => listDevices());
  handleCall('sync-rename-device', ({ deviceId, name }) => renameDevice(deviceId, name));
  handleCall('sync-revoke-device', ({ deviceId }) => revokeDevice(deviceId));
  handleCall('sync-delete-server-data', () => deleteServerData());
  handleCall('sync-sign-out', () => signOut());
  handleCall('sync-now', () => syncScheduled());
  handleCall('sync-check', () => syncCheck());
}
