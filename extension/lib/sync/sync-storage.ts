/**
 * The shapes of what sync keeps in extension storage: where and how this browser syncs. The
 * items themselves are declared with every other one in ../storage.ts. Every page loads this
 * file (through ../storage.ts), so it needs no zod.
 */

/** The account this browser syncs with, and its own credentials there. */
export interface SyncAccount {
  /** Origin (and optional path) of the sync server, without a trailing slash. */
  serverUrl: string;
  accountId: string;
  deviceId: string;
  token: string;
}

/** Whether a stored account can be used (storage may hold anything after a bad write). */
export function isSyncAccount(value: unknown): value is SyncAccount {
  if (typeof value !== 'object' || value === null) return false;
  const { serverUrl, accountId, deviceId, token } = value as Partial<Record<string, unknown>>;
  const text = (field: unknown) => typeof field === 'string' && field.length > 0;
  return (
    typeof serverUrl === 'string' &&
    /^https?:\/\/[^/]/.test(serverUrl) &&
    text(accountId) &&
    text(deviceId) &&
    text(token)
  );
}

/**
 * `paused`: sync stopped trying by itself (the server holds as much of the account as it
 * allows, or this browser is out of room) until the learner presses "Sync now" or removes
 * something; `error`: it tries again with back-off.
 */
export type SyncStatusKind =
  | 'synced'
  | 'syncing'
  | 'pending'
  | 'offline'
  | 'signed-out'
  | 'error'
  | 'paused';

/** What the popup, side panel and options page show about sync, in a word. */
export interface SyncStatus {
  kind: SyncStatusKind;
  /** ms of the last change of status (for `synced`: when the last sync finished). */
  at: number;
  /** Why: the error, the unreachable server, or the reason for signing out. */
  message: string | null;
  /** Local changes not yet acknowledged by the server. */
  pending: number;
  /** ms of the last successful sync, kept across other statuses. */
  lastSyncedAt: number | null;
  /** For an `error`: no retry before this ms (the server asked to wait, `Retry-After`). */
  retryAt?: number;
}

export const SIGNED_OUT: SyncStatus = {
  kind: 'signed-out',
  at: 0,
  message: null,
  pending: 0,
  lastSyncedAt: null,
};
