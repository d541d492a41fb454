/**
 * The storage items a page draws from, read from its first line: all at once, instead of one
 * read per hook, each started by an effect that Preact runs only after a first frame. The
 * page renders at once (its first frame, empty, is drawn while storage answers), and
 * `useStorageValue` takes each value as it arrives, following it without waiting for a frame
 * (bench/README.md, "Popup open"). Each item is watched from before it is read, and a change
 * that arrives before the read answers wins over the read; an item is read once per page
 * however many hooks use it.
 */
import type { WxtStorageItem } from 'wxt/utils/storage';

// biome-ignore lint/suspicious/noExplicitAny: items of any value type are read together.
type AnyItem = WxtStorageItem<any, Record<string, unknown>>;

interface Preloaded {
  /** `undefined` until the read answers (or a change arrives). */
  value: unknown;
  listeners: Set<(value: unknown) => void>;
}

/** By item key; kept for the page's life. */
const preloaded = new Map<string, Preloaded>();

/** Reads `items` (and keeps following them); resolves once every value is known. */
export async function preloadStorage(items: readonly AnyItem[]): Promise<void> {
  const fresh = items.filter((item) => !preloaded.has(item.key));
  for (const item of fresh) {
    const entry: Preloaded = { value: undefined, listeners: new Set() };
    preloaded.set(item.key, entry);
    item.watch((next: unknown) => {
      entry.value = next;
      for (const listener of entry.listeners) listener(next);
    });
  }
  // One read per item, all sent at once (each through the item, so its fallback applies).
  await Promise.all(
    fresh.map(async (item) => {
      const value: unknown = await item.getValue();
      const entry = preloaded.get(item.key)!;
      if (entry.value !== undefined) return;
      entry.value = value;
      for (const listener of entry.listeners) listener(value);
    }),
  );
}

/** The preloaded value of `item` and a way to follow it; undefined if it was not preloaded. */
export function preloadedItem<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
): { current(): T | undefined; follow(listener: (value: T) => void): () => void } | undefined {
  const entry = preloaded.get(item.key);
  if (!entry) return undefined;
  return {
    current: () => entry.value as T | undefined,
    follow(listener) {
      const untyped = listener as (value: unknown) => void;
      entry.listeners.add(untyped);
      return () => entry.listeners.delete(untyped);
    },
  };
}
