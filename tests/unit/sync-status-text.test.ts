import { describe, expect, it } from 'vitest';
import { syncStatusText, timeAgo } from '../../extension/lib/sync/sync-status-text';
import type { SyncStatus } from '../../extension/lib/sync/sync-storage';

const NOW = Date.UTC(2026, 3, 1, 12, 0, 0);
const status = (patch: Partial<SyncStatus>): SyncStatus => ({
  kind: 'synced',
  at: NOW,
  message: null,
  pending: 0,
  lastSyncedAt: NOW,
  ...patch,
});

describe('sync status in a word', () => {
  it('says when it last synced', () => {
    expect(syncStatusText(status({ at: NOW - 10_000 }), NOW).text).toBe('Synced just now');
    expect(syncStatusText(status({ at: NOW - 2 * 60_000 }), NOW).text).toBe('Synced 2 min ago');
    expect(syncStatusText(status({ at: NOW - 3 * 3_600_000 }), NOW).text).toBe('Synced 3 h ago');
  });

  it('says "Checking…", not "Synced", until the check a page asked for on opening answers', () => {
    const stale = status({ at: NOW - 2 * 60_000, lastSyncedAt: NOW - 2 * 60_000 });
    expect(syncStatusText(stale, NOW, { checking: true })).toMatchObject({
      text: 'Checking…',
      tone: 'busy',
    });
    expect(syncStatusText(stale, NOW, { checking: true }).detail).toBe('Last synced 2 min ago.');
    expect(syncStatusText(stale, NOW, { checking: false }).text).toBe('Synced 2 min ago');
    // What the check cannot make untrue stays: changes waiting, errors, signed out.
    expect(
      syncStatusText(status({ kind: 'pending', pending: 2 }), NOW, { checking: true }).text,
    ).toBe('2 changes waiting');
    expect(
      syncStatusText(status({ kind: 'error', message: 'Down.' }), NOW, { checking: true }).text,
    ).toBe('Error: Down.');
  });

  it('calls a round with nothing to send a check, and one that sends changes syncing', () => {
    expect(syncStatusText(status({ kind: 'syncing', pending: 0 }), NOW).text).toBe('Checking…');
    expect(syncStatusText(status({ kind: 'syncing', pending: 3 }), NOW).text).toBe('Syncing…');
  });

  it('counts the changes waiting', () => {
    expect(syncStatusText(status({ kind: 'pending', pending: 1 }), NOW).text).toBe(
      '1 change waiting',
    );
    expect(syncStatusText(status({ kind: 'pending', pending: 3 }), NOW).text).toBe(
      '3 changes waiting',
    );
  });

  it('offers a retry, with the reason, when offline or failing', () => {
    const offline = syncStatusText(
      status({ kind: 'offline', pending: 2, message: 'Could not reach the sync server.' }),
      NOW,
    );
    expect(offline).toMatchObject({ text: 'Offline, 2 changes waiting', retry: true });
    expect(offline.detail).toContain('Could not reach the sync server.');
    const error = syncStatusText(status({ kind: 'error', message: 'The database is busy.' }), NOW);
    expect(error).toMatchObject({ text: 'Error: The database is busy.', retry: true });
  });

  it('says syncing and signed out plainly, with the reason for signing out', () => {
    expect(syncStatusText(status({ kind: 'syncing', pending: 1 }), NOW).text).toBe('Syncing…');
    const out = syncStatusText(status({ kind: 'signed-out', message: 'Removed from sync.' }), NOW);
    expect(out).toMatchObject({ text: 'Signed out', detail: 'Removed from sync.', retry: false });
  });

  it('writes older times as a date', () => {
    expect(timeAgo(NOW - 3 * 86_400_000, NOW)).toMatch(/^on /);
  });
});
