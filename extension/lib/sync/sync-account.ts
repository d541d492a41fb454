/**
 * What the learner does with sync from the options page: start (a new account), join (with a
 * pairing code or the recovery key), add another browser, manage devices, replace the recovery
 * key, delete the data on the server, sign out. Signing out, in any way, keeps every bit of local progress.
 */
import type { CreatePairingCodeResponse, Device } from '../../../shared/sync-protocol';
import { syncAccountStorage, syncCursorStorage } from '../storage';
import { queueAllRegisters } from './outbox-ack';
import * as client from './sync-client';
import { REVOKED_MESSAGE, signOutLocally, UNREADABLE_ACCOUNT_MESSAGE } from './sync-engine';
import { isSyncError, SyncError } from './sync-error';
import { setSyncStatus } from './sync-status';
import { isSyncAccount, type SyncAccount } from './sync-storage';

async function currentAccount(): Promise<SyncAccount> {
  const account = await syncAccountStorage.getValue();
  if (!account)
    throw new SyncError('rejected', 'This browser does not sync yet: start syncing or join first.');
  if (!isSyncAccount(account)) {
    await signOutLocally(UNREADABLE_ACCOUNT_MESSAGE);
    throw new SyncError('rejected', UNREADABLE_ACCOUNT_MESSAGE);
  }
  return account;
}

async function refuseIfSignedIn(): Promise<void> {
  if (isSyncAccount(await syncAccountStorage.getValue())) {
    throw new SyncError('rejected', 'This browser already syncs. Sign out of sync first.');
  }
}

/** Runs a call for the current account; a 401 signs this browser out (keeping progress). */
async function withAccount<T>(task: (account: SyncAccount) => Promise<T>): Promise<T> {
  const account = await currentAccount();
  try {
    return await task(account);
  } catch (error) {
    if (isSyncError(error) && error.kind === 'unauthorized') await signOutLocally(REVOKED_MESSAGE);
    throw error;
  }
}

/** From now on this browser syncs with `account`; everything recorded here goes up first. */
async function adopt(account: SyncAccount): Promise<void> {
  await syncCursorStorage.setValue(null);
  await queueAllRegisters();
  await syncAccountStorage.setValue(account);
  await setSyncStatus('pending');
}

/** Creates an account with this browser in it; the recovery key is returned once, never kept. */
export async function startSyncing(
  serverUrl: string,
  deviceName: string,
): Promise<{ recoveryKey: string }> {
  await refuseIfSignedIn();
  const created = await client.createAccount(serverUrl, deviceName);
  await adopt({
    serverUrl,
    accountId: created.accountId,
    deviceId: created.deviceId,
    token: created.token,
  });
  return { recoveryKey: created.recoveryKey };
}

/** Joins an account with a pairing code from another browser, or with the recovery key. */
export async function joinWithCode(
  serverUrl: string,
  code: string,
  deviceName: string,
): Promise<void> {
  await refuseIfSignedIn();
  const joined = await client.joinAccount(serverUrl, code, deviceName);
  await adopt({
    serverUrl,
    accountId: joined.accountId,
    deviceId: joined.deviceId,
    token: joined.token,
  });
}

export function addAnotherBrowser(): Promise<CreatePairingCodeResponse> {
  return withAccount((account) => client.createPairingCode(account));
}

export function listDevices(): Promise<Device[]> {
  return withAccount((account) => client.listDevices(account));
}

export function renameDevice(deviceId: string, name: string): Promise<Device> {
  return withAccount((account) => client.renameDevice(account, deviceId, name));
}

/** Removes a browser from the account; removing this one signs it out. */
export async function revokeDevice(deviceId: string): Promise<void> {
  const self = await withAccount(async (account) => {
    await client.revokeDevice(account, deviceId);
    return account.deviceId === deviceId;
  });
  if (self) await signOutLocally(null);
}

/**
 * A new recovery key for the account, returned once and never kept; the old key stops working
 * at once. Every browser stays signed in.
 */
export function replaceRecoveryKey(): Promise<{ recoveryKey: string }> {
  return withAccount((account) => client.replaceRecoveryKey(account));
}

/** Deletes the account and everything in it on the server; progress here stays. */
export async function deleteServerData(): Promise<void> {
  await withAccount((account) => client.deleteAccount(account));
  await signOutLocally('Your data was deleted from the server. Your progress here is kept.');
}

/**
 * Stops syncing here: the server forgets this browser's access when it can be reached (if not,
 * remove this browser from the device list of another one). Progress here stays.
 */
export async function signOut(): Promise<{ revokedOnServer: boolean }> {
  const account = await syncAccountStorage.getValue();
  let revokedOnServer = false;
  if (isSyncAccount(account)) {
    try {
      await client.revokeDevice(account, account.deviceId);
      revokedOnServer = true;
    } catch (error) {
      revokedOnServer = isSyncError(error) && error.kind === 'unauthorized';
    }
  }
  await signOutLocally(null);
  return { revokedOnServer };
}
