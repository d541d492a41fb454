/**
 * An in-memory `browser.storage` (`local` and `session`) installed as the global `chrome` WXT's storage layer
 * reads, so the extension's own sync code (sync-engine, progress-writer, storage items) runs in
 * this Node process as it runs in the service worker. `reset()` empties it: a fresh browser.
 * Install it before importing any extension module (WXT reads the global when it loads).
 */
import { memoryStorageArea } from '../../tests/support/memory-storage-area';

export interface MemoryBrowser {
  reset(): void;
  /** Bytes the stored values take as JSON (what the extension keeps on disk, roughly). */
  storedBytes(): number;
}

export function installMemoryBrowser(): MemoryBrowser {
  const stored = new Map<string, unknown>();
  const session = new Map<string, unknown>();
  const local = memoryStorageArea('local', stored);
  Object.assign(globalThis, {
    chrome: {
      runtime: { id: 'readalong-bench' },
      storage: {
        local,
        session: memoryStorageArea('session', session),
        onChanged: local.onChanged,
      },
    },
  });
  return {
    reset: () => {
      stored.clear();
      session.clear();
    },
    storedBytes: () =>
      [...stored.entries()].reduce((sum, [k, v]) => sum + k.length + JSON.stringify(v).length, 0),
  };
}
