/**
 * An in-memory `browser.storage` (`local` and `session`) installed as the global `chrome` WXT's storage layer
 * reads, so the extension's own sync code (sync-engine, progress-writer, storage items) runs in
 * this Node process as it runs in the service worker. `reset()` empties it: a fresh browser.
 * Install it before importing any extension module (WXT reads the global when it loads).
 */
type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type Listener = (changes: Changes, area: string) => void;

export interface MemoryBrowser {
  reset(): void;
  /** Bytes the stored values take as JSON (what the extension keeps on disk, roughly). */
  storedBytes(): number;
}

/** One storage area, kept in `stored`; its change listeners are the browser's. */
function memoryArea(name: string, stored: Map<string, unknown>, listeners: Set<Listener>) {
  // Values are copied in and out, as the real storage serialises them.
  const copy = <T>(value: T): T => structuredClone(value);
  const keysOf = (keys?: string | string[] | Record<string, unknown> | null) =>
    keys == null
      ? [...stored.keys()]
      : typeof keys === 'string'
        ? [keys]
        : Array.isArray(keys)
          ? keys
          : Object.keys(keys);
  return {
    async get(keys?: string | string[] | Record<string, unknown> | null) {
      const out: Record<string, unknown> = {};
      for (const key of keysOf(keys)) if (stored.has(key)) out[key] = copy(stored.get(key));
      return out;
    },
    async set(items: Record<string, unknown>) {
      const changes: Changes = {};
      for (const [key, value] of Object.entries(copy(items))) {
        changes[key] = { oldValue: stored.get(key), newValue: value };
        stored.set(key, value);
      }
      for (const listener of listeners) listener(changes, name);
    },
    async remove(keys: string | string[]) {
      for (const key of typeof keys === 'string' ? [keys] : keys) stored.delete(key);
    },
    async clear() {
      stored.clear();
    },
    onChanged: {
      addListener: (listener: Listener) => listeners.add(listener),
      removeListener: (listener: Listener) => listeners.delete(listener),
      hasListener: (listener: Listener) => listeners.has(listener),
    },
  };
}

export function installMemoryBrowser(): MemoryBrowser {
  const stored = new Map<string, unknown>();
  const session = new Map<string, unknown>();
  const listeners = new Set<Listener>();
  const local = memoryArea('local', stored, listeners);
  Object.assign(globalThis, {
    chrome: {
      runtime: { id: 'readalong-bench' },
      storage: {
        local,
        session: memoryArea('session', session, listeners),
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
