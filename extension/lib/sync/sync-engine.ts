/**
 * One sync round: send what the outbox holds and pull what changed elsewhere, in as many
 * requests as it takes (at most 1,000 changes and 1 MiB each; `more` asks for another page).
 * The pulled changes are merged and the cursor saved in one storage call (`exchange` says when),
 * and only then do the acknowledged entries leave the outbox. A round cut short at any point
 * (network, a killed service worker) loses nothing: the next one sends again what was not
 * acknowledged, pulls again from the saved cursor, and the server applies a change twice as once.
 */
import type { Change, Register } from '../../../shared/register';
import { unreadableCurricula } from '../curricula';
import { messageOf } from '../message-of';
import { applyRemoteChanges } from '../progress-writer';
import { offsetFrom } from '../server-clock';
import {
  outboxStorage,
  storageFullStorage,
  syncAccountStorage,
  syncCursorStorage,
  syncStatusStorage,
} from '../storage';
import { isStorageFull, STORAGE_FULL_MESSAGE } from '../storage-full';
import { checkChanges, chunkChanges, type RefusedChange } from './chunk-changes';
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

/**
 * A pull that has not caught up yet is written at least this often (and then only once it has
 * pulled as many changes as this browser held at its last write).
 */
const WRITE_PULL_EVERY_MS = 5_000;

/**
 * Sends `changes` in requests, follows `more`, and merges everything pulled. Pulled pages are
 * gathered in memory and written in one storage call with the cursor they end at (registers,
 * clock and cursor together: a stopped service worker leaves the cursor where the registers
 * are), once the pull has caught up (`more: false`), or earlier when it has run for
 * WRITE_PULL_EVERY_MS and pulled at least as many changes as the registers held at the last
 * write, and when a request fails (what the answers before it brought is kept). Each write
 * rewrites the whole `registers` item, so writing every page would make a fresh browser's
 * first sync cost the square of its registers; this way the writes of a round add up to at
 * most about twice the registers in the end, and a stopped service worker loses at most the
 * last few seconds, or half, of what it pulled. Acknowledged changes leave the outbox after
 * the write that follows their answer. Resolves to the registers as the last write left them
 * (null when this browser was signed out meanwhile).
 */
async function exchange(
  account: SyncAccount,
  changes: Change[],
): Promise<Readonly<Record<string, Register>> | null> {
  const chunks = chunkChanges(changes);
  let cursor = await syncCursorStorage.getValue();
  let offset = 0;
  let answered = false; // an answer arrived since the last write
  let pulled: Change[] = [];
  let acknowledged: Change[] = [];
  let registers: Readonly<Record<string, Register>> = {};
  let held = 0;
  let writtenAt = Date.now();
  /** Writes what the answers since the last write brought; whether the clock was brought back. */
  const write = async (): Promise<boolean> => {
    const written = await applyRemoteChanges(pulled, offset, cursor);
    await removeAcknowledged(acknowledged);
    answered = false;
    pulled = [];
    acknowledged = [];
    registers = written.registers;
    held = Object.keys(registers).length;
    writtenAt = Date.now();
    return written.recovered;
  };
  let more = true;
  for (let request = 0; request < chunks.length || more; request++) {
    if (request >= MAX_REQUESTS_PER_ROUND) {
      throw new SyncError('bad-response', 'The sync server kept sending more pages; sync stopped.');
    }
    const chunk = chunks[request] ?? [];
    const sentAt = Date.now();
    let answer: Awaited<ReturnType<typeof postSync>>;
    try {
      answer = await postSync(account, { cursor, changes: chunk });
    } catch (error) {
      // A refused push or a lost connection: what the answers before it brought is kept.
      if (answered && (await stillCurrent(account))) await write();
      throw error;
    }
    if (!(await stillCurrent(account))) return null;
    offset = offsetFrom(answer.serverTime, sentAt, Date.now());
    answered = true;
    for (const change of answer.changes) pulled.push(change);
    for (const change of chunk) acknowledged.push(change);
    cursor = answer.cursor;
    more = answer.more;
    if (more && (pulled.length < held || Date.now() - writtenAt < WRITE_PULL_EVERY_MS)) continue;
    // A clock brought back re-stamped some registers, whose earlier stamps may have reached
    // the server (a request whose answer was lost): pull everything again to take the server's.
    if (await write()) {
      cursor = null;
      more = true;
    }
  }
  // The last answer said `more: false`, so the last pass wrote.
  return registers;
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

/** `exchange`, pulling everything again when the server no longer knows the cursor. */
async function exchangeFromCursor(
  account: SyncAccount,
  changes: Change[],
): Promise<Readonly<Record<string, Register>> | null> {
  try {
    return await exchange(account, changes);
  } catch (error) {
    if (!(isSyncError(error) && error.code === 'invalid_cursor')) throw error;
    // The server does not know this cursor (its data was reset): pull everything again.
    await syncCursorStorage.setValue(null);
    return exchange(account, changes);
  }
}

/** The server refused what was pushed (not who pushed it, nor the cursor, nor how often). */
const refusedPush = (error: unknown): error is SyncError =>
  isSyncError(error) &&
  (error.kind === 'quota' ||
    (error.kind === 'rejected' &&
      error.status !== null &&
      error.status >= 400 &&
      error.status < 500 &&
      error.code !== 'invalid_cursor'));

/**
 * Pushes the outbox and pulls. A push the server refuses never stops the pull: the round then
 * pulls with nothing to push, and that answer also tells the server's time. When the refusal
 * was `clock_skew`, that pull has moved the stamps that ran ahead back to the server's time
 * (progress-writer.ts, clock-recovery.ts), and the outbox is sent again.
 */
async function pushAndPull(account: SyncAccount): Promise<{
  refused: RefusedChange[];
  registers: Readonly<Record<string, Register>> | null;
}> {
  const { sendable, refused } = checkChanges(Object.values(await outboxStorage.getValue()));
  try {
    return { refused, registers: await exchangeFromCursor(account, sendable) };
  } catch (error) {
    if (!refusedPush(error)) throw error;
    await exchangeFromCursor(account, []);
    if (error.code !== 'clock_skew') throw error;
    const again = checkChanges(Object.values(await outboxStorage.getValue()));
    return { refused: again.refused, registers: await exchangeFromCursor(account, again.sendable) };
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
    const { refused, registers } = await pushAndPull(account);
    if (!(await stillCurrent(account)) || !registers) return syncStatusStorage.getValue();
    const unreadable = unreadableCurricula(registers);
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
