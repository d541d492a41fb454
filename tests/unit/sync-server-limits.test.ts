/**
 * The server's limits, as this browser meets them: an account the server holds as much of as
 * it allows (403 quota_exceeded) is told in words and not retried by itself until the learner
 * acts; a 429 is retried no sooner than its Retry-After.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setStatus } from '../../extension/lib/progress-actions';
import { outboxStorage, syncStatusStorage } from '../../extension/lib/storage';
import {
  PERIODIC_ALARM,
  RETRY_ALARM,
  registerSyncSchedule,
  syncScheduled,
} from '../../extension/lib/sync/sync-schedule';
import { syncStatusText } from '../../extension/lib/sync/sync-status-text';
import { bigCurriculum } from './support/big-curriculum';
import { FakeSyncServer } from './support/fake-sync-server';
import { fireAlarm } from './support/fire-alarm';
import { resetBrowser } from './support/reset-browser';
import { signIn } from './support/sign-in';
import { importCurricula, removeCurriculum } from './support/store';

let server: FakeSyncServer;

const page = (i: number) => `https://example.com/${i}`;

describe('server limits', () => {
  beforeEach(async () => {
    await resetBrowser();
    server = new FakeSyncServer();
    vi.stubGlobal('fetch', server.fetch);
    await signIn(server);
    registerSyncSchedule();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('a full account: says so, keeps the changes, and stops trying until the learner retries', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.accountFull = true;
    await setStatus([page(0)], 'done');
    await fireAlarm(PERIODIC_ALARM);

    const status = await syncStatusStorage.getValue();
    expect(status).toMatchObject({ kind: 'paused', pending: 1 });
    const shown = syncStatusText(status, Date.now());
    expect(shown.text).toBe(
      'Sync paused: The sync server holds as much of your account as it allows: This account already stores 50 MB, the most this server keeps per account.',
    );
    expect(shown).toMatchObject({ retry: true, tone: 'problem' });
    expect(shown.detail).toContain('Sync does not try again by itself');
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();

    // More progress, time passing, the periodic alarm: none of it calls the server.
    const tried = server.syncRequests.length;
    for (let i = 1; i <= 5; i++) {
      await setStatus([page(i)], 'done');
      await vi.advanceTimersByTimeAsync(15_000);
    }
    await fireAlarm(PERIODIC_ALARM);
    expect(server.syncRequests).toHaveLength(tried);
    expect(await syncStatusStorage.getValue()).toMatchObject({ kind: 'paused', pending: 6 });
    expect(Object.keys(await outboxStorage.getValue())).toHaveLength(6);

    // The learner made room on the server, and presses Retry ("sync-now").
    server.accountFull = false;
    expect(await syncScheduled()).toMatchObject({ kind: 'synced', pending: 0 });
    expect([0, 1, 2, 3, 4, 5].map((i) => server.value(`p/status/${page(i)}`))).toEqual(
      Array(6).fill('done'),
    );
  });

  it('a full account: deleting something here (a curriculum removed) tries again by itself', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await importCurricula(bigCurriculum(2, 3));
    server.accountFull = true;
    await fireAlarm(PERIODIC_ALARM);
    expect(await syncStatusStorage.getValue()).toMatchObject({ kind: 'paused' });
    const tried = server.syncRequests.length;

    // The learner removes the curriculum to make room (here, the server then has room).
    server.accountFull = false;
    await removeCurriculum(bigCurriculum(2, 3).id);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(server.syncRequests.length).toBeGreaterThan(tried);
    expect(await syncStatusStorage.getValue()).toMatchObject({ kind: 'synced', pending: 0 });
  });

  it('a full account met in the middle of a round keeps what was refused', async () => {
    await setStatus(
      Array.from({ length: 1500 }, (_, i) => page(i)),
      'done',
    );
    // The first request of 1,000 changes fills the account; the second is refused, and the
    // round still pulls (with nothing to push): a refused push never stops the pull.
    server.whileInFlight = async () => {
      server.accountFull = true;
    };
    expect(await syncScheduled()).toMatchObject({ kind: 'paused', pending: 500 });
    expect(server.syncRequests.map((r) => r.changes.length)).toEqual([1000, 500, 0]);
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();
  });

  it('too many requests: says when it will try again, and waits that long', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    await setStatus([page(0)], 'done');
    server.interruptions.push({
      status: 429,
      body: {
        error: { code: 'too_many_requests', message: 'Too many sync requests for this account.' },
      },
      headers: { 'Retry-After': '120' },
    });
    await fireAlarm(PERIODIC_ALARM);

    const status = await syncStatusStorage.getValue();
    expect(status).toMatchObject({
      kind: 'error',
      message: 'Too many sync requests for this account. (try again in 120 s)',
      pending: 1,
    });
    const retry = await fakeBrowser.alarms.get(RETRY_ALARM);
    // The first back-off would be 5 s; the server asked for 120.
    expect(Math.round(((retry?.scheduledTime ?? 0) - Date.now()) / 1000)).toBe(120);

    const tried = server.syncRequests.length;
    await setStatus([page(1)], 'done');
    await fireAlarm(PERIODIC_ALARM);
    expect(server.syncRequests).toHaveLength(tried);

    await fireAlarm(RETRY_ALARM);
    expect(await syncStatusStorage.getValue()).toMatchObject({ kind: 'synced', pending: 0 });
  });
});
