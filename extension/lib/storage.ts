/**
 * Every value the extension keeps, declared once. All live in `storage.local` and are
 * versioned, so a later release can migrate them. Only curriculum resources ever reach these
 * items: a URL that matches no item is never written anywhere.
 */
import { storage } from 'wxt/utils/storage';
import type { Curriculum } from '../../shared/curriculum';
import type { HlcState } from '../../shared/hlc';
import type { Change, Register } from '../../shared/register';
import { randomId } from './random-id';
import { clampDoneThreshold, DEFAULT_SETTINGS, type Settings } from './settings';

/** Progress, as sync registers by key (see shared/progress-keys.ts). */
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

/**
 * How far the sync server's clock runs ahead of this browser's (ms; negative: behind), as the
 * last sync answer told it (extension/lib/server-clock.ts). 0 until this browser has synced.
 */
export const serverClockOffsetStorage = storage.defineItem<number>('local:server-clock-offset', {
  fallback: 0,
  version: 1,
});

/** A random id for this browser, used in clock stamps and per-device registers. */
export const deviceIdStorage = storage.defineItem<string>('local:device-id', {
  init: () => randomId(10),
  version: 1,
});

/** Curricula the learner imported (the book club's is bundled with the extension). */
export const importedCurriculaStorage = storage.defineItem<Curriculum[]>('local:curricula', {
  fallback: [],
  version: 1,
});

/**
 * Settings. Version 2 stores the done threshold as a share (0.9); version 1 (development
 * builds) stored it as a percent (90).
 */
export const settingsStorage = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    2: (old: Partial<Settings> | null): Settings => {
      const threshold = old?.doneThreshold;
      return {
        ...DEFAULT_SETTINGS,
        ...old,
        doneThreshold: clampDoneThreshold(
          typeof threshold === 'number' && threshold > 1 ? threshold / 100 : threshold,
        ),
      };
    },
  },
});

/** Register entries found unreadable in storage, kept aside instead of being thrown away. */
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
