/**
 * A browser out of room for Readalong's data: a refused write is told in words, keeps what was
 * stored before it, and leaves no half-done change behind, in storage or in memory; a pulled
 * page that does not fit is not acknowledged, and sync waits for the learner.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setStatus } from '../../extension/lib/progress-actions';
import { onProgressWritten } from '../../extension/lib/progress-writer';
import {
  outboxStorage,
  registersStorage,
  storageFullStorage,
  syncCursorStorage,
  syncStatusStorage,
} from '../../extension/lib/storage';
import { isStorageFull, STORAGE_FULL_MESSAGE } from '../../extension/lib/storage-full';
import { syncNow } from '../../extension/lib/sync/sync-engine';
import { syncStatusText } from '../../extension/lib/sync/sync-status-text';
import { formatHlc } from '../../shared/hlc';
import { progressSubject } from '../../shared/progress-keys';
import { deriveProgress } from '../../shared/resource-progress';
import { FakeSyncServer } from './support/fake-sync-server';
import { resetBrowser } from './support/reset-browser';
import { signIn } from './support/sign-in';
import { CHROME_QUOTA_MESSAGE, limitStorageRoom } from './support/storage-room';

const A = 'https://example.com/a';
const B = 'https://example.com/b';
const C = 'https://example.com/c';

async function statusOf(resourceKey: string) {
  const progress = deriveProgress(await registersStorage.getValue());
  return progress.get(progressSubject(resourceKey))?.status;
}

describe('isStorageFull', () => {
  it('recognises Chrome’s and Firefox’s refusals for lack of room, and nothing else', () => {
    for (const message of [
      CHROME_QUOTA_MESSAGE,
      'Resource::kQuotaBytes quota exceeded',
      'QuotaExceededError: The current transaction exceeded its quota limitations.',
      'IO error: 000005.log: No space left on device',
      'Component returned failure code: 0x80520010 (NS_ERROR_FILE_NO_DEVICE_SPACE)',
    ]) {
      expect(isStorageFull(new Error(message)), message).toBe(true);
    }
    const firefox = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(isStorageFull(firefox)).toBe(true);
    for (const other of [
      new TypeError('Failed to fetch'),
      new Error('Error in invocation of storage.set'),
      'QUOTA_BYTES quota exceeded',
      null,
    ]) {
      expect(isStorageFull(other)).toBe(false);
    }
  });
});

describe('a local change the browser has no room for', () => {
  beforeEach(resetBrowser);
  afterEach(() => vi.restoreAllMocks());

  it('is refused in words, changes nothing stored, and leaves nothing half done', async () => {
    await setStatus([A], 'done');
    const stored = await fakeBrowser.storage.local.get(null);
    const written = vi.fn();
    const stopListening = onProgressWritten(written);
    const giveRoom = await limitStorageRoom(0);

    await expect(setStatus([B], 'done')).rejects.toThrow(STORAGE_FULL_MESSAGE);

    expect(await fakeBrowser.storage.local.get(null)).toEqual(stored);
    expect(written).not.toHaveBeenCalled();
    expect(await storageFullStorage.getValue()).toEqual({ at: expect.any(Number) });

    // With room again, the next change is saved on top of what was kept, without the refused one.
    giveRoom();
    await setStatus([C], 'done');
    stopListening();
    expect([await statusOf(A), await statusOf(B), await statusOf(C)]).toEqual([
      'done',
      undefined,
      'done',
    ]);
    expect(Object.keys(await outboxStorage.getValue()).sort()).toEqual(
      [`p/status/${A}`, `p/status/${C}`].sort(),
    );
    expect(await storageFullStorage.getValue()).toBeNull();
  });
});

describe('a pulled page the browser has no room for', () => {
  let server: FakeSyncServer;
  beforeEach(async () => {
    await resetBrowser();
    server = new FakeSyncServer();
    vi.stubGlobal('fetch', server.fetch);
    await signIn(server);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('is not acknowledged: nothing pulled is kept, the cursor stays, the learner is told', async () => {
    await setStatus([A], 'done');
    for (let i = 0; i < 20; i++) {
      const hlc = formatHlc(Date.now() - 1000, i, 'other');
      server.put({ key: `p/note/https://example.com/${i}`, value: 'x'.repeat(500), hlc });
    }
    const [registers, outbox] = await Promise.all([
      registersStorage.getValue(),
      outboxStorage.getValue(),
    ]);
    const giveRoom = await limitStorageRoom(2_000);

    const status = await syncNow();

    expect(status).toMatchObject({ kind: 'paused', message: STORAGE_FULL_MESSAGE });
    expect(await registersStorage.getValue()).toEqual(registers);
    expect(await syncCursorStorage.getValue()).toBeNull();
    expect(await outboxStorage.getValue()).toEqual(outbox);
    expect(await storageFullStorage.getValue()).not.toBeNull();
    const shown = syncStatusText(await syncStatusStorage.getValue(), Date.now());
    expect(shown).toMatchObject({ retry: true, tone: 'problem' });
    expect(shown.text).toContain('This browser is out of room for Readalong’s data');
    expect(shown.detail).toContain('1 change waiting, kept in this browser.');

    // Room again, and the learner presses Retry: everything arrives, nothing is lost.
    giveRoom();
    expect(await syncNow()).toMatchObject({ kind: 'synced', pending: 0 });
    const after = await registersStorage.getValue();
    expect(Object.keys(after)).toHaveLength(21);
    expect(await statusOf(A)).toBe('done');
    expect(server.value(`p/status/${A}`)).toBe('done');
    expect(await storageFullStorage.getValue()).toBeNull();
  });
});
