/**
 * When sync runs: shortly after a local change (debounced: 300 ms after an action such as a
 * tick, 2 s and at least 10 s apart for a playing video's progress), on a periodic alarm (re-created
 * whenever the background starts), at browser start-up, when the network comes back, and
 * after a failure with back-off and jitter. Timers are in memory; the alarms outlive the
 * service worker, so a round it missed still happens.
 *
 * "Fresh on sight": a check (`syncCheck`, a round that is mostly a pull) when an extension
 * page opens or becomes visible again, when the server pokes an open page (live-channel.ts),
 * and when a browser window gains focus after a minute or more without a sync. Checks made
 * within `CHECK_DEBOUNCE_MS` of each other share one round.
 *
 * "The network comes back": Chrome fires no `online` event in an extension's service worker
 * (pages get it, workers do not), so while the browser is offline an alarm looks at
 * `navigator.onLine` every 30 s, and syncs as soon as it says the network is back. The
 * `online` event is listened to as well (Firefox's background page gets it).
 */
import { browser } from 'wxt/browser';
import { isPlaybackKey } from '../../../shared/progress-keys';
import type { Change } from '../../../shared/register';
import { onProgressWritten } from '../progress-writer';
import {
  outboxStorage,
  storageFullStorage,
  syncAccountStorage,
  syncFailuresStorage,
  syncStatusStorage,
} from '../storage';
import { backoffDelay } from './backoff-delay';
import { syncNow } from './sync-engine';
import { notePendingChanges } from './sync-status';
import type { SyncStatus } from './sync-storage';

/** Quiet time after a learner's action (a tick, a reset, a note) before its round starts. */
export const ACTION_DEBOUNCE_MS = 300;
/** Quiet time after a playing video's last progress write before a round starts. */
export const DEBOUNCE_MS = 2_000;
/** Rounds started by playback progress are at least this far apart (it is written often). */
export const MIN_CHANGE_GAP_MS = 10_000;
export const PERIODIC_ALARM = 'readalong-sync';
export const RETRY_ALARM = 'readalong-sync-retry';
export const PERIOD_MINUTES = 5;
export const ONLINE_WATCH_ALARM = 'readalong-sync-online';
/** How often to look whether the network is back, while offline (Chrome's shortest alarm). */
export const ONLINE_WATCH_MINUTES = 0.5;
/** Checks asked for within this long (pages opening together, a poke) make one round. */
export const CHECK_DEBOUNCE_MS = 150;
/** A window gaining focus checks when the last sync is older than this. */
export const FOCUS_STALE_MS = 60_000;

type ChangeKind = 'action' | 'playback';

let timer: ReturnType<typeof setTimeout> | undefined;
/** When the round `timer` waits for is due, and the kind of change that set it, if any. */
let due = 0;
let debounced: ChangeKind | undefined;
let lastRoundAt = 0;

/**
 * Runs a round `delayMs` from now, and not sooner than `minGapMs` after the last one. A change
 * (`debounce`) puts off a round that an earlier change of its kind set, so a burst of changes
 * makes one round; a round due sooner for any other reason (an action, start-up, the network
 * back, a retry) stays.
 */
function syncSoon(
  delayMs: number,
  { minGapMs = 0, debounce }: { minGapMs?: number; debounce?: ChangeKind } = {},
): void {
  const now = Date.now();
  const at = now + Math.max(delayMs, lastRoundAt + minGapMs - now);
  if (timer !== undefined) {
    if (due <= at && (debounced === undefined || debounced !== debounce)) return;
    clearTimeout(timer);
  }
  due = at;
  debounced = debounce;
  timer = setTimeout(() => {
    timer = undefined;
    void syncScheduled();
  }, at - now);
}

function cancelSoon(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
}

/** A round now, then the retry it calls for. Every trigger ends up here. */
export async function syncScheduled(): Promise<SyncStatus> {
  lastRoundAt = Date.now();
  const status = await syncNow();
  await planRetry(status);
  return status;
}

async function planRetry(status: SyncStatus): Promise<void> {
  if (status.kind !== 'offline') await browser.alarms.clear(ONLINE_WATCH_ALARM);
  if (status.kind === 'paused') {
    // Retrying cannot help until the learner makes room or presses Retry (see `paused`).
    cancelSoon();
    await browser.alarms.clear(RETRY_ALARM);
    return;
  }
  if (status.kind === 'offline' || status.kind === 'error') {
    const failures = (await syncFailuresStorage.getValue()) + 1;
    await syncFailuresStorage.setValue(failures);
    // Never sooner than the server asked (`Retry-After` of a 429).
    const delay = Math.max(
      backoffDelay(failures, Math.random()),
      (status.retryAt ?? 0) - Date.now(),
    );
    // In memory for short waits; the alarm for when the service worker is gone by then. A
    // round set for sooner (by a change made before the failure) waits for the retry too.
    cancelSoon();
    if (delay < 30_000) syncSoon(delay);
    await browser.alarms.create(RETRY_ALARM, { when: Date.now() + Math.max(delay, 30_000) });
    if (status.kind === 'offline') {
      await browser.alarms.create(ONLINE_WATCH_ALARM, { periodInMinutes: ONLINE_WATCH_MINUTES });
    }
    return;
  }
  await syncFailuresStorage.setValue(0);
  await browser.alarms.clear(RETRY_ALARM);
}

/**
 * Whether a failure's back-off is under way: then its retry alarm decides when the next round
 * runs, not changes or the periodic alarm (a playing video writes every few seconds, and must
 * not hammer a server that is down).
 */
async function backingOff(): Promise<boolean> {
  return (
    (await syncFailuresStorage.getValue()) > 0 &&
    (await browser.alarms.get(RETRY_ALARM)) !== undefined
  );
}

/**
 * Whether sync stopped by itself (the server holds as much of the account as it allows, or
 * this browser is out of room): then only the learner restarts it, by pressing Retry, by
 * deleting something (a change that sets a register to null: a curriculum removed, a note
 * deleted, progress reset), or by starting the browser again; progress recorded meanwhile
 * waits in the outbox.
 */
async function paused(): Promise<boolean> {
  const [status, full] = await Promise.all([
    syncStatusStorage.getValue(),
    storageFullStorage.getValue(),
  ]);
  return status.kind === 'paused' || full !== null;
}

let check: Promise<SyncStatus> | null = null;

/**
 * A round soon, for a page that wants to show fresh state; resolves with the status it left.
 * Checks asked for meanwhile share it; one asked for while its round runs gets the next round
 * (`syncNow` runs one more). During a failure's back-off, or while sync is paused, it only
 * answers the current status.
 */
export function syncCheck(): Promise<SyncStatus> {
  check ??= new Promise((resolve) => setTimeout(resolve, CHECK_DEBOUNCE_MS)).then(async () => {
    check = null;
    if (!(await syncAccountStorage.getValue()) || (await backingOff()) || (await paused())) {
      return syncStatusStorage.getValue();
    }
    return syncScheduled();
  });
  return check;
}

/** A browser window gained focus: check, unless a round confirmed the state a moment ago. */
async function onWindowFocused(windowId: number): Promise<void> {
  if (windowId === browser.windows.WINDOW_ID_NONE) return;
  const { lastSyncedAt } = await syncStatusStorage.getValue();
  if (lastSyncedAt !== null && Date.now() - lastSyncedAt < FOCUS_STALE_MS) return;
  await syncCheck();
}

/** The network is back (by the `online` event, or the watch alarm): sync now. */
async function onNetworkBack(): Promise<void> {
  await browser.alarms.clear(ONLINE_WATCH_ALARM);
  if (await syncAccountStorage.getValue()) syncSoon(0);
}

async function onLocalChange(changed: Change[]): Promise<void> {
  if (changed.length === 0 || !(await syncAccountStorage.getValue())) return;
  await notePendingChanges();
  if (await backingOff()) return;
  const deletes = changed.some((change) => change.value === null);
  if (!deletes && (await paused())) return;
  if (changed.every((change) => isPlaybackKey(change.key))) {
    syncSoon(DEBOUNCE_MS, { minGapMs: MIN_CHANGE_GAP_MS, debounce: 'playback' });
  } else {
    syncSoon(ACTION_DEBOUNCE_MS, { debounce: 'action' });
  }
}

async function onAlarm(name: string): Promise<void> {
  if (name === RETRY_ALARM) await syncScheduled();
  else if (name === PERIODIC_ALARM && !(await backingOff()) && !(await paused())) {
    await syncScheduled();
  } else if (name === ONLINE_WATCH_ALARM && globalThis.navigator?.onLine !== false) {
    await onNetworkBack();
  }
}

/** The periodic alarm, created if the browser lost it (alarms may not survive an update). */
async function ensurePeriodicAlarm(): Promise<void> {
  const existing = await browser.alarms.get(PERIODIC_ALARM);
  if (!existing) {
    await browser.alarms.create(PERIODIC_ALARM, { periodInMinutes: PERIOD_MINUTES });
  }
}

/**
 * A round cut short when the service worker stopped, or changes left waiting: finish them.
 * (After a failure the retry alarm decides, so waking up often does not defeat the back-off.)
 */
async function resumeUnfinished(): Promise<void> {
  if (!(await syncAccountStorage.getValue())) return;
  const [status, outbox] = await Promise.all([
    syncStatusStorage.getValue(),
    outboxStorage.getValue(),
  ]);
  const waiting = Object.keys(outbox).length > 0;
  if (
    status.kind === 'syncing' ||
    (waiting && (status.kind === 'synced' || status.kind === 'pending'))
  ) {
    syncSoon(DEBOUNCE_MS);
  }
}

/** Starts every trigger; called synchronously when the background starts. */
export function registerSyncSchedule(): void {
  cancelSoon();
  lastRoundAt = 0;
  browser.alarms.onAlarm.addListener((alarm) => onAlarm(alarm.name));
  browser.runtime.onStartup.addListener(() => syncSoon(0));
  browser.windows.onFocusChanged.addListener((windowId) => void onWindowFocused(windowId));
  globalThis.addEventListener?.('online', () => void onNetworkBack());
  onProgressWritten((changed) => void onLocalChange(changed));
  void ensurePeriodicAlarm();
  void resumeUnfinished();
}
