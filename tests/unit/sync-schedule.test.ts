/**
 * When sync runs by itself: after a change (debounced), on the periodic alarm that start-up
 * re-creates, and after a failure with back-off, on an alarm that outlives the service worker.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setStatus } from '../../extension/lib/progress-actions';
import { outboxStorage } from '../../extension/lib/storage';
import { BACKOFF_MAX_MS, backoffDelay } from '../../extension/lib/sync/backoff-delay';
import {
  PERIOD_MINUTES,
  PERIODIC_ALARM,
  RETRY_ALARM,
  registerSyncSchedule,
} from '../../extension/lib/sync/sync-schedule';
import {
  syncAccountStorage,
  syncFailuresStorage,
  syncStatusStorage,
} from '../../extension/lib/sync/sync-storage';
import { FakeSyncServer } from './support/fake-sync-server';
import { resetBrowser } from './support/reset-browser';

let server: FakeSyncServer;

describe('sync schedule', () => {
  beforeEach(async () => {
    await resetBrowser();
    server = new FakeSyncServer();
    vi.stubGlobal('fetch', server.fetch);
    await syncAccountStorage.setValue({
      serverUrl: server.url,
      accountId: 'acc-1',
      deviceId: 'dev-a',
      token: 'token-a',
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('creates the periodic alarm at start-up when the browser has none', async () => {
    registerSyncSchedule();
    await vi.waitFor(async () => {
      expect(await fakeBrowser.alarms.get(PERIODIC_ALARM)).toMatchObject({
        periodInMinutes: PERIOD_MINUTES,
      });
    });
  });

  it('syncs a change once the learner has paused for a moment, not at once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    registerSyncSchedule();
    await setStatus(['https://example.com/a'], 'done');
    await vi.advanceTimersByTimeAsync(1000);
    await setStatus(['https://example.com/b'], 'done');
    await vi.advanceTimersByTimeAsync(1500);
    expect(server.syncRequests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(server.syncRequests).toHaveLength(1));
    expect(server.syncRequests[0]?.changes).toHaveLength(2);
    await vi.waitFor(async () => expect(await outboxStorage.getValue()).toEqual({}));
  });

  it('runs when its alarm fires, and after a failure backs off on a retry alarm', async () => {
    registerSyncSchedule();
    await setStatus(['https://example.com/a'], 'done');
    server.interruptions.push('network');
    await fakeBrowser.alarms.onAlarm.trigger({ name: PERIODIC_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(async () => expect(await syncFailuresStorage.getValue()).toBe(1));
    expect((await syncStatusStorage.getValue()).kind).toBe('offline');
    const retry = await fakeBrowser.alarms.get(RETRY_ALARM);
    expect(retry?.scheduledTime).toBeGreaterThan(Date.now());

    await fakeBrowser.alarms.onAlarm.trigger({ name: RETRY_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(async () => expect((await syncStatusStorage.getValue()).kind).toBe('synced'));
    expect(await syncFailuresStorage.getValue()).toBe(0);
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();
    expect(server.value('p/status/https://example.com/a')).toBe('done');
  });
});

describe('back-off', () => {
  it('doubles the wait after each failure, up to a ceiling', () => {
    const waits = [1, 2, 3, 4].map((failures) => backoffDelay(failures, 0));
    expect(waits).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(backoffDelay(40, 0)).toBe(BACKOFF_MAX_MS);
  });

  it('spreads browsers out with jitter, never beyond the doubled wait', () => {
    for (const random of [0, 0.25, 0.5, 0.999]) {
      const wait = backoffDelay(3, random);
      expect(wait).toBeGreaterThan(10_000);
      expect(wait).toBeLessThanOrEqual(20_000);
    }
    expect(backoffDelay(3, 0.9)).not.toBe(backoffDelay(3, 0.1));
  });
});
