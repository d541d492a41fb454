/**
 * One sync round: send what the outbox holds and pull what changed elsewhere, in as many
 * requests as it takes (at most 1,000 changes and 1 MiB each; `more` asks for another page).
 * After each answer the pulled changes are merged, the cursor is saved, and only then do the
 * acknowledged entries leave the outbox. A round cut short at any point (network, a killed
 * service worker) loses nothing: the next one sends again what was not acknowledged, and the
 * server applies a change twice as once.
 */
import type { Change } from '../../../shared/register';
import { unreadableCurricula } from '../curricula';
import { messageOf } from '../message-of';
import { applyRemoteChanges } from '../progress-writer';
import {
  outboxStorage,
  registersStorage,
  storageFullStorage,
  syncAccountStorage,
  syncCursorStorage,
  syncStatusStorage,
} from '../storage';
import { isStorageFull, STORAGE_FULL_MESSAGE } from '../storage-full';
import { validRegisters } from '../valid-registers';
import { checkChanges, chunkChanges } from './chunk-changes';
import { removeAcknowledged } from './outbox-ack';
import { postSync } from './sync-client';
import { isSyncError, SyncError } from './sync-error';
import { setSyncStatus } from './sync-status';
import { isSyncAccount, type SyncAccount, type SyncStatus } from './sync-storage';

/** A server that keeps answering `more: true` is not followed for ever. */
const MAX_REQUESTS_PER_ROUND = 2000;

export const UNREADABLE_ACCOUNT_MESSAGE =
  'This browser was signed out of sync: its sync settings in storage could not be read. Join ' +
  'again with a code from another browser or your recovery key. Your progress here is kept.';

export const REVOKED_MESSAGE =
  'This browser was signed out of sync: the server no longer accepts it (it was removed from ' +
  'the account, or the account was deleted). Your progress here is kept.';

/** Whether `account` is still the one this browser syncs with (not signed out meanwhile). */
async function stillCurrent(account: SyncAccount): Promise<boolean> {
  return (await syncAccountStorage.getValue())?.token === account.token;
}

/** Signs this browser out of sync. Progress, and the changes not yet sent, stay. */
export async function signOutLocally(message: string | null): Promise<SyncStatus> {
  await Promise.all([syncAccountStorage.setValue(null), syncCursorStorage.setValue(null)]);
  return setSyncStatus('signed-out', message);
}

/** Sends `changes` in requests, follows `more`, and merges everything pulled. */
async function exchange(account: SyncAccount, changes: Change[]): Promise<void> {
  const chunks = chunkChanges(changes);
  let cursor = await syncCursorStorage.getValue();
  let more = true;
  for (let request = 0; request < chunks.length || more; request++) {
    if (request >= MAX_REQUESTS_PER_ROUND) {
      throw new SyncError('bad-response', 'The sync server kept sending more pages; sync stopped.');
    }
    const chunk = chunks[request] ?? [];
    const answer = await postSync(account, { cursor, changes: chunk });
    if (!(await stillCurrent(account))) return;
    await applyRemoteChanges(answer.changes);
    await syncCursorStorage.setValue(answer.cursor);
    await removeAcknowledged(chunk);
    cursor = answer.cursor;
    more = answer.more;
  }
}

/**
 * This browser had no room for what it pulled (nothing of that page was kept, and the cursor
 * did not move): say so, and pause until the learner makes room.
 */
async function outOfRoom(): Promise<SyncStatus> {
  await storageFullStorage.setValue({ at: Date.now() });
  try {
    return await setSyncStatus('paused', STORAGE_FULL_MESSAGE);
  } catch {
    // Not even the status fitted: the session flag above tells the pages.
    const before = await syncStatusStorage.getValue();
    return { ...before, kind: 'paused', at: Date.now(), message: STORAGE_FULL_MESSAGE };
  }
}

/** The status a failed round leaves behind. */
async function failed(account: SyncAccount, error: unknown): Promise<SyncStatus> {
  if (!(await stillCurrent(account))) return syncStatusStorage.getValue();
  if (isStorageFull(error)) return outOfRoom();
  if (isSyncError(error)) {
    switch (error.kind) {
      case 'unauthorized':
        return signOutLocally(REVOKED_MESSAGE);
      case 'offline':
        return setSyncStatus('offline', error.message);
      case 'quota':
        return setSyncStatus('paused', error.message);
      case 'rate-limited': {
        const wait = error.retryAfterSeconds;
        return setSyncStatus(
          'error',
          error.message,
          wait === null ? undefined : Date.now() + wait * 1000,
        );
      }
    }
  }
  return setSyncStatus('error', messageOf(error));
}

/** One round, start to end; the status it leaves is returned (and stored). */
export async function syncRound(): Promise<SyncStatus> {
  const account = await syncAccountStorage.getValue();
  if (!account) {
    const status = await syncStatusStorage.getValue();
    return status.kind === 'signed-out' ? status : setSyncStatus('signed-out');
  }
  if (!isSyncAccount(account)) return signOutLocally(UNREADABLE_ACCOUNT_MESSAGE);
  try {
    await setSyncStatus('syncing');
    const { sendable, refused } = checkChanges(Object.values(await outboxStorage.getValue()));
    try {
      await exchange(account, sendable);
    } catch (error) {
      if (!(isSyncError(error) && error.code === 'invalid_cursor')) throw error;
      // The server does not know this cursor (its data was reset): pull everything again.
      await syncCursorStorage.setValue(null);
      await exchange(account, sendable);
    }
    if (!(await stillCurrent(account))) return syncStatusStorage.getValue();
    const unreadable = unreadableCurricula(
      validRegisters(await registersStorage.getValue()).registers,
    );
    const first = refused[0];
    if (first) {
      return setSyncStatus(
        'error',
        `${refused.length} change${refused.length === 1 ? '' : 's'} cannot be synced and stay ` +
          `on this browser (${first.change.key}: ${first.reason})`,
      );
    }
    if (unreadable.length > 0) {
      return setSyncStatus(
        'error',
        `Synced, but the curricula ${unreadable.join(', ')} could not be read; sync will try again.`,
      );
    }
    const left = Object.keys(await outboxStorage.getValue()).length;
    return setSyncStatus(left > 0 ? 'pending' : 'synced');
  } catch (error) {
    return failed(account, error);
  }
}

let running: Promise<SyncStatus> | null = null;
let again = false;

/**
 * Runs a round now, or joins the one under way; a request that comes in during a round gets
 * one more round after it, so nothing written meanwhile waits for the next trigger.
 */
export function syncNow(): Promise<SyncStatus> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    let status: SyncStatus;
    do {
      again = false;
      status = await syncRound();
    } while (again && (status.kind === 'synced' || status.kind === 'pending'));
    return status;
  })().finally(() => {
    running = null;
  });
  return running;
}
