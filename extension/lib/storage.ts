/**
 * Every item the extension keeps, declared once, all in `storage.local` (but for one flag in
 * `storage.session`), each versioned so a later release can migrate it. What the learner keeps (progress, imported curricula,
 * settings) is in ONE item, the registers, written only by the background's writer
 * (lib/progress-writer.ts); the rest belongs to this browser alone. Only curriculum resources
 * ever reach these items: a URL that matches no item is never written anywhere.
 */
import { storage } from 'wxt/utils/storage';
import type { HlcState } from '../../shared/hlc';
import type { Change, Register } from '../../shared/register';
import { DEFAULT_REMINDER_HOUR } from './pace/session-reminders';
import { randomId } from './random-id';
import { SIGNED_OUT, type SyncAccount, type SyncStatus } from './sync/sync-storage';

/** Progress, imported curricula and settings, as sync registers by key (shared/register-keys.ts). */
export const registersStorage = storage.defineItem<Record<string, Register>>('local:registers', {
  fallback: {},
  version: 1,
});

/**
 * Changes not yet acknowledged by the sync server, by register key: a newer change to a key
 * replaces the older one, so the outbox never holds more entries than there are registers.
 */
export const outboxStorage = storage.defineItem<Record<string, Change>>('local:outbox', {
  fallback: {},
  version: 1,
});

/** This browser's hybrid logical clock. */
export const clockStorage = storage.defineItem<HlcState>('local:clock', {
  fallback: { ms: 0, counter: 0 },
  version: 1,
});

/** A random id for this browser, used in clock stamps and per-device registers. */
export const deviceIdStorage = storage.defineItem<string>('local:device-id', {
  init: () => randomId(10),
  version: 1,
});

/**
 * Entries found unreadable in storage (registers, or what an earlier build kept), set aside
 * instead of being thrown away.
 */
export const quarantineStorage = storage.defineItem<Record<string, unknown>>('local:quarantine', {
  fallback: {},
  version: 1,
});

/** What the popup remembers between openings. */
export interface PopupState {
  collapsed: Record<string, boolean>;
  onlyUnfinished: boolean;
}
export const popupStateStorage = storage.defineItem<PopupState>('local:popup-state', {
  fallback: { collapsed: {}, onlyUnfinished: false },
  version: 1,
});

/**
 * Session reminders (background/session-reminder.ts): off until the learner turns them on, and
 * kept in this browser only, as notifications on every paired browser would repeat.
 */
export interface ReminderPrefs {
  on: boolean;
  /** The hour of the day before a session, local time, 0–23. */
  hour: number;
}
export const reminderPrefsStorage = storage.defineItem<ReminderPrefs>('local:reminder-prefs', {
  fallback: { on: false, hour: DEFAULT_REMINDER_HOUR },
  version: 1,
});

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
 * When a write of Readalong's data was last refused for lack of room (lib/storage-full.ts);
 * `null` once a write fitted since. The one item in `storage.session`: in memory, with a quota
 * of its own, so it can be written while `storage.local` is full.
 */
export const storageFullStorage = storage.defineItem<{ at: number } | null>(
  'session:storage-full',
  { fallback: null },
);

/**
 * What builds before the registers held everything kept beside them: imported curricula
 * (`curricula`), settings (`settings`) and a snapshot of the curricula as last synced
 * (`sync-curricula`). Read once by lib/store-migration.ts, which moves them into the registers
 * and removes them.
 */
export const LEGACY_KEYS = {
  curricula: 'local:curricula',
  settings: 'local:settings',
  syncedCurricula: 'local:sync-curricula',
} as const;

/**
 * The curriculum items each open tab shows, by tab id: the resource keys of the item(s) its
 * address matched, kept by the background's navigation tracking (`background/tab-pages.ts`) so
 * the popup, the side panel, the command and the context menu know "the page I am on" without
 * the `tabs` permission. In `storage.session`: memory only, gone when the browser closes. A tab
 * on a page that matches no item has no entry: its address is never written here either.
 */
export const tabPagesStorage = storage.defineItem<Record<string, string[]>>('session:tab-pages', {
  fallback: {},
  version: 1,
});
