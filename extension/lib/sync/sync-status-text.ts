import { STORAGE_FULL_MESSAGE } from '../storage-full';
import type { SyncStatus } from './sync-storage';

/** "just now", "2 min ago", "3 h ago", or a date. */
export function timeAgo(at: number, now: number): string {
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return `on ${new Date(at).toLocaleDateString()}`;
}

export interface SyncStatusText {
  /** The word shown: "Synced 2 min ago", "Checking…", "Syncing…", "3 changes waiting", … */
  text: string;
  /** More detail (the error, the last sync), for a tooltip or a line below. */
  detail: string | null;
  /** Whether to offer "Retry". */
  retry: boolean;
  tone: 'ok' | 'busy' | 'waiting' | 'problem' | 'off';
}

/**
 * Sync's state in a word, for the popup, the side panel and the options page. `storageFull`:
 * a write of Readalong's data was refused for lack of room since the last one that worked;
 * that comes first, syncing or not. `checking`: the page asked for a check when it opened and
 * has no answer yet, so "Synced" would be a claim about state nobody confirmed: it says
 * "Checking…" instead.
 */
export function syncStatusText(
  status: SyncStatus,
  now: number,
  { storageFull = false, checking = false }: { storageFull?: boolean; checking?: boolean } = {},
): SyncStatusText {
  const waiting = status.pending === 1 ? '1 change waiting' : `${status.pending} changes waiting`;
  const last = status.lastSyncedAt ? `Last synced ${timeAgo(status.lastSyncedAt, now)}.` : null;
  if (storageFull) {
    return {
      text: STORAGE_FULL_MESSAGE,
      detail:
        'What it saved before is kept, but new progress cannot be saved. Make room: remove curricula you no longer need, or free disk space.',
      retry: status.kind !== 'signed-out',
      tone: 'problem',
    };
  }
  switch (status.kind) {
    case 'synced':
      if (checking) return { text: 'Checking…', detail: last, retry: false, tone: 'busy' };
      return { text: `Synced ${timeAgo(status.at, now)}`, detail: null, retry: false, tone: 'ok' };
    case 'syncing':
      // A round with nothing to send only looks for changes made elsewhere.
      return {
        text: status.pending > 0 ? 'Syncing…' : 'Checking…',
        detail: null,
        retry: false,
        tone: 'busy',
      };
    case 'pending':
      return { text: waiting, detail: last, retry: false, tone: 'waiting' };
    case 'offline':
      return {
        text: status.pending > 0 ? `Offline, ${waiting}` : 'Offline',
        detail: [status.message, last].filter(Boolean).join(' ') || null,
        retry: true,
        tone: 'problem',
      };
    case 'error':
      return {
        text: `Error: ${status.message ?? 'sync failed'}`,
        detail: status.pending > 0 ? `${waiting}. ${last ?? ''}`.trim() : last,
        retry: true,
        tone: 'problem',
      };
    case 'paused':
      return {
        text: `Sync paused: ${status.message ?? 'it cannot store more'}`,
        detail: [
          status.pending > 0 ? `${waiting}, kept in this browser.` : null,
          'Sync does not try again by itself: make room (remove what you no longer need), then press Retry.',
          last,
        ]
          .filter(Boolean)
          .join(' '),
        retry: true,
        tone: 'problem',
      };
    default:
      return { text: 'Signed out', detail: status.message, retry: false, tone: 'off' };
  }
}
