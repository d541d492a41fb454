import { tabPagesStorage } from './storage';
import { useStorageValue } from './use-storage-value';

/** The resource keys of the curriculum item tab `tabId` shows (none: not a curriculum page). */
export function usePageKeys(tabId: number | null): string[] | undefined {
  const pages = useStorageValue(tabPagesStorage);
  return tabId === null ? undefined : pages?.[tabId];
}
