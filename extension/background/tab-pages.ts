/**
 * Which curriculum item each tab shows, as navigation tracking last matched it: kept in memory
 * for the tracker and mirrored to `tabPagesStorage` (session storage) for the pages and for a
 * service worker that wakes up again. Only resource keys of curriculum items are ever kept.
 */
import { tabPagesStorage } from '../lib/storage';

export interface TabPages {
  /** The resource keys tab `tabId` shows, or undefined when it shows no curriculum item. */
  get(tabId: number): Promise<string[] | undefined>;
  /** Keeps what tab `tabId` shows; whether that changed. */
  set(tabId: number, resourceKeys: string[]): Promise<boolean>;
  /** Forgets tab `tabId`; whether it showed an item until now. */
  delete(tabId: number): Promise<boolean>;
}

export function createTabPages(): TabPages {
  let loaded: Promise<Map<number, string[]>> | undefined;
  const pages = () => {
    loaded ??= tabPagesStorage
      .getValue()
      .then((stored) => new Map(Object.entries(stored).map(([id, keys]) => [Number(id), keys])))
      .catch(() => new Map());
    return loaded;
  };
  // One write after another, each of the whole map as it is then.
  let writing: Promise<void> = Promise.resolve();
  const save = (map: Map<number, string[]>) => {
    writing = writing
      .then(() => tabPagesStorage.setValue(Object.fromEntries(map)))
      .catch((error: unknown) => console.error('Readalong: could not keep the tab pages:', error));
    return writing;
  };
  return {
    get: async (tabId) => (await pages()).get(tabId),
    set: async (tabId, resourceKeys) => {
      const map = await pages();
      if (map.get(tabId)?.join('\n') === resourceKeys.join('\n')) return false;
      map.set(tabId, resourceKeys);
      await save(map);
      return true;
    },
    delete: async (tabId) => {
      const map = await pages();
      if (!map.delete(tabId)) return false;
      await save(map);
      return true;
    },
  };
}
