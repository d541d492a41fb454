/**
 * One sync round against an in-memory server: what leaves the outbox and when, what a failure
 * keeps, how a revoked browser is signed out, paging, chunking, and curricula.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { setStatus } from '../../extension/lib/progress-actions';
import { writeProgress } from '../../extension/lib/progress-writer';
import {
  outboxStorage,
  registersStorage,
  syncAccountStorage,
  syncCursorStorage,
  syncStatusStorage,
} from '../../extension/lib/storage';
import {
  REVOKED_MESSAGE,
  syncNow,
  UNREADABLE_ACCOUNT_MESSAGE,
} from '../../extension/lib/sync/sync-engine';
import type { SyncAccount } from '../../extension/lib/sync/sync-storage';
import type { Curriculum } from '../../shared/curriculum';
import { formatHlc } from '../../shared/hlc';
import { progressSubject } from '../../shared/progress-keys';
import { deriveProgress } from '../../shared/resource-progress';
import { FakeSyncServer } from './support/fake-sync-server';
import { resetBrowser } from './support/reset-browser';
import { importCurricula, importedCurricula, removeCurriculum } from './support/store';

const SLIDES = 'https://example.com/slides-1';
const VIDEO = 'youtube:dQw4w9WgXcQ';
const account = (token = 'token-a', deviceId = 'dev-a'): SyncAccount => ({
  serverUrl: 'https://sync.test',
  accountId: 'acc-1',
  deviceId,
  token,
});

let server: FakeSyncServer;

function savePosition(seconds: number) {
  const subject = progressSubject(VIDEO);
  return writeProgress(() => [{ key: { field: 'pos', subject }, value: { seconds, at: seconds } }]);
}

async function progressOf(resourceKey: string) {
  return deriveProgress(await registersStorage.getValue()).get(progressSubject(resourceKey));
}

/** A change another browser synced earlier. */
function remote(key: string, value: unknown, ms = Date.now() - 1000) {
  server.put({ key, value: value as never, hlc: formatHlc(ms, 0, 'other'), merge: 'lww' });
}

describe('sync round', () => {
  beforeEach(async () => {
    await resetBrowser();
    server = new FakeSyncServer();
    vi.stubGlobal('fetch', server.fetch);
    await syncAccountStorage.setValue(account());
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends local changes, pulls the other browsers’ and empties the outbox', async () => {
    await setStatus([SLIDES], 'done');
    remote(`p/pos/${progressSubject(VIDEO)}`, { seconds: 600, at: 1 });
    const status = await syncNow();
    expect(status).toMatchObject({ kind: 'synced', pending: 0, message: null });
    expect(server.value(`p/status/${SLIDES}`)).toBe('done');
    expect((await progressOf(VIDEO))?.video?.position).toBe(600);
    expect(await outboxStorage.getValue()).toEqual({});
    expect(await syncCursorStorage.getValue()).toBe(String(server.seq));
  });

  it('keeps a change made while its older version was in flight, and sends it next', async () => {
    await savePosition(100);
    server.whileInFlight = async () => {
      await savePosition(200);
    };
    const first = await syncNow();
    expect(first).toMatchObject({ kind: 'pending', pending: 1 });
    expect(server.value(`p/pos/${progressSubject(VIDEO)}`)).toEqual({ seconds: 100, at: 100 });
    expect(Object.values(await outboxStorage.getValue())[0]?.value).toEqual({
      seconds: 200,
      at: 200,
    });

    expect(await syncNow()).toMatchObject({ kind: 'synced' });
    expect(server.value(`p/pos/${progressSubject(VIDEO)}`)).toEqual({ seconds: 200, at: 200 });
    expect(await outboxStorage.getValue()).toEqual({});
  });

  it('keeps everything when the server fails, and says why', async () => {
    await setStatus([SLIDES], 'done');
    const outbox = await outboxStorage.getValue();
    server.interruptions.push({
      status: 503,
      body: { error: { code: 'internal_error', message: 'The database is busy.' } },
    });
    const status = await syncNow();
    expect(status.kind).toBe('error');
    expect(status.message).toBe(
      'The sync server failed (503: The database is busy). Sync will try again.',
    );
    expect(status.pending).toBe(1);
    expect(await outboxStorage.getValue()).toEqual(outbox);
    expect(server.value(`p/status/${SLIDES}`)).toBeUndefined();
  });

  it('reports offline when the browser has no network, and keeps everything', async () => {
    await setStatus([SLIDES], 'done');
    const outbox = await outboxStorage.getValue();
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    server.interruptions.push('network');
    const status = await syncNow();
    delete (navigator as { onLine?: boolean }).onLine;
    expect(status).toMatchObject({ kind: 'offline', message: 'You are offline.', pending: 1 });
    expect(await outboxStorage.getValue()).toEqual(outbox);
    expect(await syncNow()).toMatchObject({ kind: 'synced' });
    expect(server.value(`p/status/${SLIDES}`)).toBe('done');
  });

  it('says which server cannot be reached while the network is up, and keeps everything', async () => {
    await setStatus([SLIDES], 'done');
    const outbox = await outboxStorage.getValue();
    server.interruptions.push('network');
    expect(await syncNow()).toMatchObject({
      kind: 'error',
      message: 'Could not reach the sync server at https://sync.test.',
      pending: 1,
    });
    expect(await outboxStorage.getValue()).toEqual(outbox);
  });

  it('signs out, keeping everything, when the stored account cannot be read', async () => {
    await setStatus([SLIDES], 'done');
    const registers = await registersStorage.getValue();
    await storage.setItem('local:sync-account', { token: 'token-a' });
    expect(await syncNow()).toMatchObject({
      kind: 'signed-out',
      message: UNREADABLE_ACCOUNT_MESSAGE,
      pending: 1,
    });
    expect(server.syncRequests).toHaveLength(0);
    expect(await syncAccountStorage.getValue()).toBeNull();
    expect(await registersStorage.getValue()).toEqual(registers);
  });

  it('shows the server’s own message when it refuses a push, and still pulls', async () => {
    await setStatus([SLIDES], 'done');
    remote(`p/status/${progressSubject(VIDEO)}`, 'skipped');
    server.interruptions.push({
      status: 400,
      body: { error: { code: 'value_too_large', message: 'A value is larger than 64 KiB.' } },
    });
    const status = await syncNow();
    expect(status).toMatchObject({ kind: 'error', message: 'A value is larger than 64 KiB.' });
    expect(Object.keys(await outboxStorage.getValue())).toHaveLength(1);
    expect((await progressOf(VIDEO))?.status).toBe('skipped');
  });

  it('stamps by the server’s clock, so a later action wins over an earlier one from a browser whose clock is right', async () => {
    server.clockAhead = 10 * 60_000; // this browser's clock is 10 minutes behind
    await syncNow();
    remote(`p/status/${progressSubject(SLIDES)}`, 'done', Date.now() + server.clockAhead - 60_000);
    await setStatus([SLIDES], 'skipped');
    expect(await syncNow()).toMatchObject({ kind: 'synced' });
    expect((await progressOf(SLIDES))?.status).toBe('skipped');
    expect(server.value(`p/status/${progressSubject(SLIDES)}`)).toBe('skipped');
  });

  it('recovers by itself from a clock that was a day ahead: re-stamps what waits and syncs', async () => {
    server.clockAhead = -24 * 3600_000; // this browser's clock is a day ahead
    await setStatus([SLIDES], 'done');
    expect(await syncNow()).toMatchObject({ kind: 'synced' });
    expect(await outboxStorage.getValue()).toEqual({});
    const key = `p/status/${progressSubject(SLIDES)}`;
    const stamped = Number(server.registers.get(key)?.register.hlc.slice(0, 15));
    expect(stamped).toBeLessThanOrEqual(Date.now() + server.clockAhead);
    // Another browser unticks it a minute later, by the right time: that untick stands.
    remote(key, 'none', Date.now() + server.clockAhead + 60_000);
    expect(await syncNow()).toMatchObject({ kind: 'synced' });
    expect((await progressOf(SLIDES))?.status).toBe('none');
    // And what this browser does next is stamped by the server's clock, not a day ahead.
    await setStatus([SLIDES], 'skipped');
    expect(await syncNow()).toMatchObject({ kind: 'synced' });
    expect(server.value(key)).toBe('skipped');
  });

  it('signs out on 401 and keeps all local progress and waiting changes', async () => {
    await setStatus([SLIDES], 'done');
    await savePosition(300);
    const [registers, outbox] = await Promise.all([
      registersStorage.getValue(),
      outboxStorage.getValue(),
    ]);
    server.tokens.clear();
    const status = await syncNow();
    expect(status).toMatchObject({ kind: 'signed-out', message: REVOKED_MESSAGE });
    expect(await syncAccountStorage.getValue()).toBeNull();
    expect(await syncStatusStorage.getValue()).toMatchObject({ kind: 'signed-out', pending: 2 });
    expect(await registersStorage.getValue()).toEqual(registers);
    expect(await outboxStorage.getValue()).toEqual(outbox);
    expect((await progressOf(SLIDES))?.status).toBe('done');
  });

  it('follows `more` until every page is pulled', async () => {
    server.pageSize = 100;
    for (let i = 0; i < 250; i++) remote(`p/status/https://example.com/${i}`, 'done');
    expect(await syncNow()).toMatchObject({ kind: 'synced' });
    expect(server.syncRequests.map((r) => r.cursor)).toEqual([null, '100', '200']);
    const registers = await registersStorage.getValue();
    expect(Object.keys(registers)).toHaveLength(250);
    expect(await syncCursorStorage.getValue()).toBe('250');
  });

  it('brings a large account into a new browser with one write of its registers, the cursor in the same write', async () => {
    server.pageSize = 100;
    for (let i = 0; i < 1000; i++) remote(`p/status/https://example.com/${i}`, 'done');
    const writes: string[][] = [];
    fakeBrowser.storage.local.onChanged.addListener((changes) => {
      if ('registers' in changes) writes.push(Object.keys(changes));
    });
    expect(await syncNow()).toMatchObject({ kind: 'synced' });
    expect(server.syncRequests).toHaveLength(10);
    expect(Object.keys(await registersStorage.getValue())).toHaveLength(1000);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toContain('sync-cursor');
    expect(await syncCursorStorage.getValue()).toBe('1000');
  });

  it('never saves a cursor past what it kept when a pull is cut short, and the next round brings the rest', async () => {
    server.pageSize = 100;
    for (let i = 0; i < 250; i++) remote(`p/status/https://example.com/${i}`, 'done');
    let requests = 0;
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
      ++requests === 3
        ? Promise.reject(new TypeError('Failed to fetch'))
        : server.fetch(input, init),
    );
    expect((await syncNow()).kind).toBe('error');
    const cursor = await syncCursorStorage.getValue();
    // The fake's cursor is the sequence number of the last change seen, one per register here.
    expect(Object.keys(await registersStorage.getValue())).toHaveLength(Number(cursor ?? 0));

    vi.stubGlobal('fetch', server.fetch);
    expect(await syncNow()).toMatchObject({ kind: 'synced' });
    expect(Object.keys(await registersStorage.getValue())).toHaveLength(250);
  });

  it('sends a large outbox in requests of at most 1,000 changes', async () => {
    const keys = Array.from({ length: 2500 }, (_, i) => `https://example.com/page-${i}`);
    await setStatus(keys, 'done');
    expect(await syncNow()).toMatchObject({ kind: 'synced', pending: 0 });
    // Then empty requests pull the rest of the server's pages (500 changes each).
    expect(server.syncRequests.map((r) => r.changes.length)).toEqual([1000, 1000, 500, 0, 0]);
    expect(server.registers.size).toBe(2500);
    expect(await outboxStorage.getValue()).toEqual({});
  });

  it('starts again from the beginning when the server no longer knows the cursor', async () => {
    remote(`p/status/${SLIDES}`, 'skipped');
    await syncCursorStorage.setValue('from-an-old-server');
    server.interruptions.push({
      status: 400,
      body: { error: { code: 'invalid_cursor', message: 'Unknown cursor.' } },
    });
    expect(await syncNow()).toMatchObject({ kind: 'synced' });
    expect((await progressOf(SLIDES))?.status).toBe('skipped');
  });

  it('holds back a change the server would refuse, keeps it, and syncs the rest', async () => {
    await setStatus([SLIDES], 'done');
    const huge = 'x'.repeat(70 * 1024);
    const key = `p/note/n1/${progressSubject(VIDEO)}`;
    await outboxStorage.setValue({
      ...(await outboxStorage.getValue()),
      [key]: {
        key,
        value: { seconds: 1, text: huge, at: 1 },
        hlc: formatHlc(1, 0, 'dev'),
        merge: 'lww',
      },
    });
    const status = await syncNow();
    expect(status.kind).toBe('error');
    expect(status.message).toContain(key);
    expect(server.value(`p/status/${SLIDES}`)).toBe('done');
    expect(Object.keys(await outboxStorage.getValue())).toEqual([key]);
  });

  it('does nothing and says so when this browser does not sync', async () => {
    await syncAccountStorage.setValue(null);
    await setStatus([SLIDES], 'done');
    expect(await syncNow()).toMatchObject({ kind: 'signed-out' });
    expect(server.syncRequests).toHaveLength(0);
    expect(Object.keys(await outboxStorage.getValue())).toHaveLength(1);
  });
});

/** Two browsers sharing one fake server: each keeps its own storage. */
describe('curricula across browsers', () => {
  const stores: Record<string, Record<string, unknown>> = {};
  let current = 'A';

  async function useBrowser(name: 'A' | 'B') {
    stores[current] = await fakeBrowser.storage.local.get();
    await resetBrowser();
    await fakeBrowser.storage.local.set(stores[name] ?? {});
    current = name;
    if (!stores[name]) {
      await syncAccountStorage.setValue(name === 'A' ? account() : account('token-b', 'dev-b'));
    }
  }

  function curriculum(id: string, items: number, titleLength = 20): Curriculum {
    return {
      id,
      title: `Course ${id}`,
      source: 'course.md',
      version: 1,
      sections: [
        {
          id: 'week-1',
          title: 'Week 1',
          sections: [],
          items: Array.from({ length: items }, (_, i) => ({
            id: `item-${i}`,
            title: `Reading ${i} ${'é'.repeat(titleLength)}`,
            url: `https://example.com/${id}/${i}`,
            kind: 'reading' as const,
            resourceKey: `https://example.com/${id}/${i}`,
          })),
        },
      ],
    };
  }

  beforeEach(async () => {
    for (const name of Object.keys(stores)) delete stores[name];
    current = 'A';
    await resetBrowser();
    server = new FakeSyncServer();
    server.tokens.set('token-b', 'dev-b');
    vi.stubGlobal('fetch', server.fetch);
    await syncAccountStorage.setValue(account());
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('brings a curriculum imported in one browser to the other, and its removal too', async () => {
    const small = curriculum('small-course', 3);
    await importCurricula(small);
    expect(await syncNow()).toMatchObject({ kind: 'synced' });

    await useBrowser('B');
    expect(await syncNow()).toMatchObject({ kind: 'synced' });
    expect(await importedCurricula()).toEqual([small]);
    await removeCurriculum('small-course');
    expect(await syncNow()).toMatchObject({ kind: 'synced' });

    await useBrowser('A');
    expect(await syncNow()).toMatchObject({ kind: 'synced' });
    expect(await importedCurricula()).toEqual([]);
  });

  it('splits a curriculum larger than one register into parts and puts it back together', async () => {
    const large = curriculum('big-course', 600, 60);
    expect(JSON.stringify(large).length).toBeGreaterThan(100 * 1024);
    await importCurricula(large);
    expect(await syncNow()).toMatchObject({ kind: 'synced' });
    const parts = [...server.registers.keys()].filter((k) => k.startsWith('c/big-course/'));
    expect(parts.length).toBeGreaterThan(1);

    await useBrowser('B');
    expect(await syncNow()).toMatchObject({ kind: 'synced' });
    expect(await importedCurricula()).toEqual([large]);

    // An edit made here replaces the other browser's version, parts and all.
    const edited = { ...large, title: 'Big course, second edition' };
    await importCurricula(edited);
    expect(await syncNow()).toMatchObject({ kind: 'synced' });
    await useBrowser('A');
    expect(await syncNow()).toMatchObject({ kind: 'synced' });
    expect(await importedCurricula()).toEqual([edited]);
  });

  it('keeps an edit made here before the pull of an older one, on both browsers', async () => {
    await importCurricula(curriculum('course', 2));
    await syncNow();
    await useBrowser('B');
    await syncNow();
    const now = Date.now();
    await useBrowser('A');
    vi.spyOn(Date, 'now').mockReturnValue(now + 1000);
    await importCurricula({ ...curriculum('course', 2), title: 'Edited in A' });
    await useBrowser('B');
    vi.spyOn(Date, 'now').mockReturnValue(now + 2000);
    await importCurricula({ ...curriculum('course', 2), title: 'Edited in B' });
    vi.restoreAllMocks();
    await useBrowser('A');
    await syncNow();
    await useBrowser('B');
    // B's edit is the later one: pulling A's does not overwrite it, and it wins on both.
    await syncNow();
    expect((await importedCurricula())[0]?.title).toBe('Edited in B');
    await useBrowser('A');
    await syncNow();
    expect((await importedCurricula())[0]?.title).toBe('Edited in B');
  });
});
