import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { preloadedItem } from './storage-preload';

/**
 * The current value of a storage item, kept up to date as it changes (in any extension
 * context). An item the page preloaded (storage-preload.ts) has its value from the first
 * render on; any other is `undefined` until its first read answers, which takes a few
 * milliseconds: local storage only, never the network.
 */
export function useStorageValue<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
): T | undefined {
  const [value, setValue] = useState<T | undefined>(() => preloadedItem(item)?.current());
  useEffect(() => {
    const preloaded = preloadedItem(item);
    if (preloaded) {
      const stop = preloaded.follow(setValue);
      // A change between the first render and this effect.
      setValue(preloaded.current());
      return stop;
    }
    let live = true;
    const unwatch = item.watch((next) => {
      if (live) setValue(next);
    });
    item.getValue().then((first) => {
      if (live) setValue((current) => current ?? first);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
