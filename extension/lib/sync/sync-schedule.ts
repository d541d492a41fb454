/**
 * When sync runs: shortly after a local change (debounced), on a periodic alarm (re-created
 * whenever the background starts), at browser start-up, when the network comes back, and
 * after a failure with back-off and jitter. Timers are in memory; the alarms outlive the
 * service worker, so a round it missed still happens.
 */
import { browser } from 'wxt/browser';
import type { Curriculum } from '../../../shared/curriculum';
import type { Change } from '../../../shared/register';
import { onProgressWritten } from '../progress-writer';
import { importedCurriculaStorage, outboxStorage } from '../storage';
import { backoffDelay } from './backoff-delay';
import { curriculumHash } from './curriculum-registers';
import { syncNow } from './sync-engine';
import { notePendingChanges } from './sync-status';
import {
  type SyncStatus,
  syncAccountStorage,
  syncedCurriculaStorage,
  syncFailuresStorage,
  syncStatusStorage,
} from './sync-storage';

/** Quiet time after the last local change before a round starts. */
export const DEBOUNCE_MS = 2_000;
/** Rounds started by changes are at least this far apart (a playing video writes often). */
export const MIN_CHANGE_GAP_MS = 10_000;
export const PERIODIC_ALARM = 'readalong-sync';
export const RETRY_ALARM = 'readalong-sync-retry';
export const PERIOD_MINUTES = 5;

let timer: ReturnType<typeof setTimeout> | undefined;
let lastRoundAt = 0;

/** Runs a round `delayMs` from now (a later call replaces an earlier one). */
export function syncSoon(delayMs = DEBOUNCE_MS, minGapMs = 0): void {
  if (timer !== undefined) clearTimeout(timer);
  const wait = Math.max(delayMs, lastRoundAt + minGapMs - Date.now());
  timer = setTimeout(() => {
    timer = undefined;
    void syncScheduled();
  }, wait);
}

/** A round now, then the retry it calls for. Every trigger ends up here. */
export async function syncScheduled(): Promise<SyncStatus> {
  lastRoundAt = Date.now();
  const status = await syncNow();
  await planRetry(status);
  return status;
}

async function planRetry(status: SyncStatus): Promise<void> {
  if (status.kind === 'offline' || status.kind === 'error') {
    const failures = (await syncFailuresStorage.getValue()) + 1;
    await syncFailuresStorage.setValue(failures);
    const delay = backoffDelay(failures, Math.random());
    // In memory for short waits; the alarm for when the service worker is gone by then.
    if (delay < 30_000) syncSoon(delay);
    await browser.alarms.create(RETRY_ALARM, { when: Date.now() + Math.max(delay, 30_000) });
    return;
  }
  await syncFailuresStorage.setValue(0);
  await browser.alarms.clear(RETRY_ALARM);
}

async function onLocalChange(changed: Change[]): Promise<void> {
  if (changed.length === 0 || !(await syncAccountStorage.getValue())) return;
  await notePendingChanges();
  syncSoon(DEBOUNCE_MS, MIN_CHANGE_GAP_MS);
}

/** A curriculum imported, edited or removed here (not one written back by sync itself). */
async function onCurriculaChanged(imported: Curriculum[]): Promise<void> {
  if (!(await syncAccountStorage.getValue())) return;
  const snapshot = await syncedCurriculaStorage.getValue();
  const ids = new Set(imported.map((c) => c.id));
  const edited =
    imported.some((c) => snapshot[c.id] !== curriculumHash(c)) ||
    Object.keys(snapshot).some((id) => !ids.has(id));
  if (edited) syncSoon(DEBOUNCE_MS);
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
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PERIODIC_ALARM || alarm.name === RETRY_ALARM) void syncScheduled();
  });
  browser.runtime.onStartup.addListener(() => syncSoon(0));
  globalThis.addEventListener?.('online', () => syncSoon(0));
  onProgressWritten((changed) => void onLocalChange(changed));
  importedCurriculaStorage.watch((imported) => void onCurriculaChanged(imported));
  void ensurePeriodicAlarm();
  void resumeUnfinished();
}
