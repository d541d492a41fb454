/**
 * What sync keeps in extension storage, declared once. Progress itself lives in the registers
 * and the outbox (../storage.ts); these items only say where and how this browser syncs.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/** The account this browser syncs with, and its own credentials there. */
export interface SyncAccount {
  /** Origin (and optional path) of the sync server, without a trailing slash. */
  serverUrl: string;
  accountId: string;
  deviceId: string;
  token: string;
}

const syncAccountSchema = z.object({
  serverUrl: z.string().regex(/^https?:\/\/[^/]/),
  accountId: z.string().min(1),
  deviceId: z.string().min(1),
  token: z.string().min(1),
});

/** Whether a stored account can be used (storage may hold anything after a bad write). */
export function isSyncAccount(value: unknown): value is SyncAccount {
  return syncAccountSchema.safeParse(value).success;
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

/** `null`: this browser does not sync (the default: sync is opt-in). */
export const syncAccountStorage = storage.defineItem<SyncAccount | null>('local:sync-account', {
  fallback: null,
  version: 1,
});

/** Where the last pull ended: the server's opaque cursor (`null`: pull everything). */
export const syncCursorStorage = storage.defineItem<string | null>('local:sync-cursor', {
  fallback: null,
  version: 1,
});

export const syncStatusStorage = storage.defineItem<SyncStatus>('local:sync-status', {
  fallback: SIGNED_OUT,
  version: 1,
});

/** The server the learner chose in the options page; `null`: the build-time default. */
export const syncServerUrlStorage = storage.defineItem<string | null>('local:sync-server-url', {
  fallback: null,
  version: 1,
});

/** Failures in a row, for the back-off between retries (survives the service worker). */
export const syncFailuresStorage = storage.defineItem<number>('local:sync-failures', {
  fallback: 0,
  version: 1,
});

/**
 * The imported curricula as of the last time they were reconciled with their registers, as
 * a content hash by curriculum id: a curriculum whose hash differs was edited here since, and
 * one that is missing was removed here.
 */
export const syncedCurriculaStorage = storage.defineItem<Record<string, string>>(
  'local:sync-curricula',
  { fallback: {}, version: 1 },
);
