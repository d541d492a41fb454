/**
 * Sync in the background: the triggers that run it (`registerSyncSchedule`), and what the
 * options page, popup and side panel ask of it, for `call-handlers.ts`.
 */
import { normalizeServerUrl } from '../lib/sync/server-url';
import {
  addAnotherBrowser,
  deleteServerData,
  joinWithCode,
  listDevices,
  renameDevice,
  replaceRecoveryKey,
  revokeDevice,
  signOut,
  startSyncing,
} from '../lib/sync/sync-account';
import { syncCheck, syncScheduled } from '../lib/sync/sync-schedule';
import type { CallHandlers } from './answer-calls';

function serverUrlOf(input: string): string {
  const normalized = normalizeServerUrl(input);
  if (!normalized.ok) throw new Error(normalized.error);
  return normalized.url;
}

type SyncCall = Extract<keyof CallHandlers, `sync-${string}`>;

export const syncCalls: Pick<CallHandlers, SyncCall> = {
  'sync-start': async ({ serverUrl, deviceName }) => {
    const started = await startSyncing(serverUrlOf(serverUrl), deviceName);
    void syncScheduled();
    return started;
  },
  'sync-join': async ({ serverUrl, code, deviceName }) => {
    await joinWithCode(serverUrlOf(serverUrl), code, deviceName);
    return syncScheduled();
  },
  'sync-add-browser': () => addAnotherBrowser(),
  'sync-devices': () => listDevices(),
  'sync-rename-device': ({ deviceId, name }) => renameDevice(deviceId, name),
  'sync-revoke-device': ({ deviceId }) => revokeDevice(deviceId),
  'sync-replace-recovery-key': () => replaceRecoveryKey(),
  'sync-delete-server-data': () => deleteServerData(),
  'sync-sign-out': () => signOut(),
  'sync-now': () => syncScheduled(),
  'sync-check': () => syncCheck(),
};
