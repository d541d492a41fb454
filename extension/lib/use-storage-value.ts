import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

/**
 * The current value of a storage item, kept up to date as it changes (in any extension
 * context). `undefined` until the first read answers, which takes a few milliseconds: local
 * storage only, never the network.
 */
export function useStorageValue<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
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
