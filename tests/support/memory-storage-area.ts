/**
 * One in-memory `browser.storage` area (`get`, `set`, `remove`, `clear`, `onChanged`) over a
 * Map, for code that runs the extension's storage layer outside a browser: the sync bench
 * (bench/sync/memory-browser.ts) and the fuzzer's simulated browsers (tests/fuzz/browser-thread.ts).
 * Values are copied in and out, as the real storage serialises them. `writes` hears every write
 * before it is applied (`set` with the copied items and the area as it was); `clear` is a
 * `remove` of every key. Removals fire no change listeners.
 */
export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;
export type StorageListener = (changes: StorageChanges, area: string) => void;

export interface StorageWrites {
  set?(items: Record<string, unknown>, before: ReadonlyMap<string, unknown>): void;
  remove?(keys: readonly string[]): void;
}

export function memoryStorageArea(
  name: string,
  stored: Map<string, unknown>,
  writes: StorageWrites = {},
) {
  const copy = <T>(value: T): T => structuredClone(value);
  const listeners = new Set<StorageListener>();
  const area = {
    async get(keys?: string | string[] | Record<string, unknown> | null) {
      const wanted =
        keys == null
          ? [...stored.keys()]
          : typeof keys === 'string'
            ? [keys]
            : Array.isArray(keys)
              ? keys
              : Object.keys(keys);
      const out: Record<string, unknown> = {};
      for (const key of wanted) if (stored.has(key)) out[key] = copy(stored.get(key));
      return out;
    },
    async set(items: Record<string, unknown>) {
      const copied = copy(items);
      writes.set?.(copied, stored);
      const changes: StorageChanges = {};
      for (const [key, value] of Object.entries(copied)) {
        changes[key] = { oldValue: stored.get(key), newValue: value };
        stored.set(key, value);
      }
      for (const listener of listeners) listener(changes, name);
    },
    async remove(keys: string | string[]) {
      const list = typeof keys === 'string' ? [keys] : keys;
      writes.remove?.(list);
      for (const key of list) stored.delete(key);
    },
    async clear() {
      await area.remove([...stored.keys()]);
    },
    onChanged: {
      addListener: (listener: StorageListener) => listeners.add(listener),
      removeListener: (listener: StorageListener) => listeners.delete(listener),
      hasListener: (listener: StorageListener) => listeners.has(listener),
    },
  };
  return area;
}
