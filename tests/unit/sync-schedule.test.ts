/**
 * When sync runs by itself: after a change (debounced), on the periodic alarm that start-up
 * re-creates, at browser start-up, when the network comes back, and after a failure with
 * back-off and jitter, on an alarm that outlives the service worker.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setStatus } from '../../extension/lib/progress-actions';
import {
  outboxStorage,
  registersStorage,
  syncFailuresStorage,
  syncStatusStorage,
} from '../../extension/lib/storage';
import { BACKOFF_MAX_MS, backoffDelay } from '../../extension/lib/sync/backoff-delay';
import {
  ACTION_DEBOUNCE_MS,
  CHECK_DEBOUNCE_MS,
  DEBOUNCE_MS,
  FOCUS_STALE_MS,
  ONLINE_WATCH_ALARM,
  PERIOD_MINUTES,
  PERIODIC_ALARM,
  RETRY_ALARM,
  registerSyncSchedule,
  syncCheck,
} from '../../extension/lib/sync/sync-schedule';
import { recordWatch } from '../../extension/lib/video-actions';
import { formatHlc } from '../../shared/hlc';
import { FakeSyncServer } from './support/fake-sync-server';
import { fireAlarm } from './support/fire-alarm';
import { resetBrowser } from './support/reset-browser';
import { signIn } from './support/sign-in';

let server: FakeSyncServer;
/** Every request sent to the server, failed ones included. */
let requests: number;
/** What `navigator.onLine` says (the browser's own idea of whether it has a network). */
let online: boolean;

/** How long from now the retry alarm is set for. */
async function retryIn(): Promise<number | undefined> {
  const alarm = await fakeBrowser.alarms.get(RETRY_ALARM);
  return alarm && alarm.scheduledTime - Date.now();
}

describe('sync schedule', () => {
  beforeEach(async () => {
    await resetBrowser();
    server = new FakeSyncServer();
    requests = 0;
    vi.stubGlobal('fetch', (...args: Parameters<typeof fetch>) => {
      requests++;
      return server.fetch(...args);
    });
    online = true;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    await signIn(server);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    delete (navigator as { onLine?: boolean }).onLine;
  });

  it('creates the periodic alarm at start-up when the browser has none', async () => {
    registerSyncSchedule();
    await vi.waitFor(async () => {
      expect(await fakeBrowser.alarms.get(PERIODIC_ALARM)).toMatchObject({
        periodInMinutes: PERIOD_MINUTES,
      });
    });
  });

  it('sends a burst of ticks in one round, a moment after the last one', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    registerSyncSchedule();
    await setStatus(['https://example.com/a'], 'done');
    await vi.advanceTimersByTimeAsync(ACTION_DEBOUNCE_MS - 100);
    await setStatus(['https://example.com/b'], 'done');
    await vi.advanceTimersByTimeAsync(ACTION_DEBOUNCE_MS - 100);
    expect(server.syncRequests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    await vi.waitFor(() => expect(server.syncRequests).toHaveLength(1));
    expect(server.syncRequests[0]?.changes).toHaveLength(2);
    await vi.waitFor(async () => expect(await outboxStorage.getValue()).toEqual({}));
  });

  it('sends a playing video’s progress after a pause and 10 s apart, and never holds a tick back for it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    registerSyncSchedule();
    const watch = (until: number) =>
      recordWatch('https://example.com/v', {
        duration: 60,
        intervals: [[0, until]],
        position: until,
      });
    await watch(5);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 500);
    await watch(6);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 500);
    expect(server.syncRequests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(500);
    await vi.waitFor(() => expect(server.syncRequests).toHaveLength(1));
    // More progress right after that round waits for the gap; a tick does not.
    await watch(7);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(server.syncRequests).toHaveLength(1);
    await setStatus(['https://example.com/a'], 'done');
    await watch(8);
    await vi.advanceTimersByTimeAsync(ACTION_DEBOUNCE_MS);
    await vi.waitFor(() => expect(server.syncRequests).toHaveLength(2));
    expect(server.syncRequests[1]?.changes.map((change) => change.key)).toContain(
      'p/status/https://example.com/a',
    );
  });

  it('runs when its alarm fires, and after a failure backs off on a retry alarm', async () => {
    registerSyncSchedule();
    await setStatus(['https://example.com/a'], 'done');
    online = false;
    server.interruptions.push('network');
    await fireAlarm(PERIODIC_ALARM);
    await vi.waitFor(async () => expect(await syncFailuresStorage.getValue()).toBe(1));
    expect((await syncStatusStorage.getValue()).kind).toBe('offline');
    const retry = await fakeBrowser.alarms.get(RETRY_ALARM);
    expect(retry?.scheduledTime).toBeGreaterThan(Date.now());

    online = true;
    await fireAlarm(RETRY_ALARM);
    await vi.waitFor(async () => expect((await syncStatusStorage.getValue()).kind).toBe('synced'));
    expect(await syncFailuresStorage.getValue()).toBe(0);
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();
    expect(server.value('p/status/https://example.com/a')).toBe('done');
  });
});

describe('sync triggers', () => {
  beforeEach(async () => {
    await resetBrowser();
    server = new FakeSyncServer();
    requests = 0;
    vi.stubGlobal('fetch', (...args: Parameters<typeof fetch>) => {
      requests++;
      return server.fetch(...args);
    });
    online = true;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    await signIn(server);
    registerSyncSchedule();
    await setStatus(['https://example.com/a'], 'done');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    delete (navigator as { onLine?: boolean }).onLine;
  });

  it('syncs when the browser starts', async () => {
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await outboxStorage.getValue()).toEqual({}));
    expect(server.value('p/status/https://example.com/a')).toBe('done');
  });

  it('syncs when the background is told the network is back', async () => {
    globalThis.dispatchEvent(new Event('online'));
    await vi.waitFor(async () => expect(await outboxStorage.getValue()).toEqual({}));
    expect(server.value('p/status/https://example.com/a')).toBe('done');
  });

  it('while offline, looks for the network every 30 s and syncs as soon as it is back', async () => {
    online = false;
    server.interruptions.push('network');
    await fireAlarm(PERIODIC_ALARM);
    await vi.waitFor(async () =>
      expect(await syncStatusStorage.getValue()).toMatchObject({ kind: 'offline', pending: 1 }),
    );
    // Chrome sends no `online` event to a service worker: an alarm looks instead.
    expect(await fakeBrowser.alarms.get(ONLINE_WATCH_ALARM)).toMatchObject({
      periodInMinutes: 0.5,
    });
    const tried = requests;
    await fireAlarm(ONLINE_WATCH_ALARM);
    expect(requests).toBe(tried);

    online = true;
    await fireAlarm(ONLINE_WATCH_ALARM);
    await vi.waitFor(async () => expect((await syncStatusStorage.getValue()).kind).toBe('synced'));
    expect(server.value('p/status/https://example.com/a')).toBe('done');
    expect(await fakeBrowser.alarms.get(ONLINE_WATCH_ALARM)).toBeUndefined();
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();
  });

  it('calls a server that does not answer while the network is up an error, not offline', async () => {
    server.interruptions.push('network');
    await fireAlarm(PERIODIC_ALARM);
    await vi.waitFor(async () => expect((await syncStatusStorage.getValue()).kind).toBe('error'));
    expect((await syncStatusStorage.getValue()).message).toBe(
      'Could not reach the sync server at https://sync.test.',
    );
    expect(await fakeBrowser.alarms.get(ONLINE_WATCH_ALARM)).toBeUndefined();
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeDefined();
  });

  it('waits longer after each failure in a row, with jitter', async () => {
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.5);
    await syncFailuresStorage.setValue(4);
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      server.interruptions.push({ status: 503 });
      await fireAlarm(RETRY_ALARM);
      waits.push((await retryIn()) ?? 0);
    }
    // 5th, 6th, 7th failure: 80 s, 160 s, 320 s, less the jitter's quarter.
    expect(waits.map((w) => Math.round(w / 1000))).toEqual([60, 120, 240]);

    random.mockReturnValue(0);
    server.interruptions.push({ status: 503 });
    await fireAlarm(RETRY_ALARM);
    expect(Math.round(((await retryIn()) ?? 0) / 1000)).toBe(640);
  });

  it('during a back-off, lets neither changes nor the periodic alarm call the server', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await syncFailuresStorage.setValue(5);
    server.interruptions.push({ status: 503 });
    await fireAlarm(PERIODIC_ALARM);
    expect(await syncFailuresStorage.getValue()).toBe(6);
    const tried = requests;

    // A playing video writes every few seconds: none of it reaches the failing server.
    for (let s = 0; s < 6; s++) {
      await setStatus([`https://example.com/${s}`], 'done');
      await vi.advanceTimersByTimeAsync(5_000);
    }
    await fireAlarm(PERIODIC_ALARM);
    expect(requests).toBe(tried);
    expect((await syncStatusStorage.getValue()).pending).toBe(7);

    await fireAlarm(RETRY_ALARM);
    expect(requests).toBe(tried + 1);
    expect(await outboxStorage.getValue()).toEqual({});
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

describe('fresh on sight', () => {
  beforeEach(async () => {
    await resetBrowser();
    server = new FakeSyncServer();
    vi.stubGlobal('fetch', server.fetch);
    await signIn(server);
    // Another browser ticked something; this one has not heard of it.
    server.put({
      key: 'p/status/https://example.com/b',
      value: 'done',
      hlc: formatHlc(Date.now(), 0, 'dev-b'),
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const pulled = async () =>
    (await registersStorage.getValue())['p/status/https://example.com/b']?.value;

  it('pages opening together (and a poke) make one round, which pulls what changed elsewhere', async () => {
    const answers = await Promise.all([syncCheck(), syncCheck(), syncCheck()]);
    expect(answers.map((status) => status.kind)).toEqual(['synced', 'synced', 'synced']);
    expect(server.syncRequests).toHaveLength(1);
    expect(await pulled()).toBe('done');
  });

  it('a check asked for after the debounce gets a round of its own', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const first = syncCheck();
    await vi.advanceTimersByTimeAsync(CHECK_DEBOUNCE_MS);
    const second = syncCheck();
    await vi.advanceTimersByTimeAsync(CHECK_DEBOUNCE_MS);
    await Promise.all([first, second]);
    expect(server.syncRequests).toHaveLength(2);
  });

  it('a window gaining focus checks when the last sync is a minute old, not sooner', async () => {
    registerSyncSchedule();
    const synced = await syncCheck();
    const requests = server.syncRequests.length;
    await fakeBrowser.windows.onFocusChanged.trigger(1);
    await fakeBrowser.windows.onFocusChanged.trigger(fakeBrowser.windows.WINDOW_ID_NONE);
    expect(server.syncRequests).toHaveLength(requests);
    vi.spyOn(Date, 'now').mockReturnValue(synced.at + FOCUS_STALE_MS);
    await fakeBrowser.windows.onFocusChanged.trigger(1);
    await vi.waitFor(() => expect(server.syncRequests).toHaveLength(requests + 1));
  });

  it('only answers the status during a failure’s back-off, without calling the server', async () => {
    server.interruptions.push({ status: 500 });
    const failed = await syncCheck();
    expect(failed.kind).toBe('error');
    const requests = server.requests.length;
    expect((await syncCheck()).kind).toBe('error');
    expect(server.requests).toHaveLength(requests);
  });
});
