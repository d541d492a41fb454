import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { preloadedItem } from './storage-preload';

/**
 * The current value of a storage item, kept up to date as it changes (in any extension
 * context). `undefined` until the first read answers, which takes a few milliseconds: local
 * storage only, never the network. An item the page preloaded (storage-preload.ts) is read
 * once for the page, from its first line, and drawn as soon as it answers.
 */
export function useStorageValue<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
): T | undefined {
  const [value, setValue] = useState<T | undefined>(() => preloadedItem(item)?.current());
  // A layout effect runs right after the render, not after the next frame: a value that
  // arrives then is drawn at once.
  useLayoutEffect(() => {
    const preloaded = preloadedItem(item);
    if (!preloaded) return;
    const stop = preloaded.follow(setValue);
    // What arrived between the render and now.
    setValue(preloaded.current());
    return () => {
      stop();
    };
  }, [item]);
  useEffect(() => {
    if (preloadedItem(item)) return;
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
