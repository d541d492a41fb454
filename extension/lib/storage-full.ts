/**
 * A browser out of room for Readalong's data: how a refused write is recognised, what the
 * learner is told, and how the flag the popup, side panel and options page show it from
 * (`storageFullStorage`, in ./storage.ts) is raised and lowered.
 */
import { storage } from 'wxt/utils/storage';
import { storageFullStorage } from './storage';

/** What the learner is told when this browser cannot save Readalong's data. */
export const STORAGE_FULL_MESSAGE = 'This browser is out of room for Readalong’s data.';

/**
 * Whether a failed storage write failed for lack of room. Chrome rejects `storage.local.set`
 * with "QUOTA_BYTES quota exceeded" (newer versions: "Resource::kQuotaBytes quota exceeded"),
 * and a full disk with a LevelDB "No space left on device"; Firefox with a `QuotaExceededError`
 * ("… exceeded its quota limitations"), `NS_ERROR_DOM_QUOTA_REACHED` or
 * `NS_ERROR_FILE_NO_DEVICE_SPACE`. A `StorageFullError` is one already recognised.
 */
export function isStorageFull(error: unknown): boolean {
  if (error instanceof StorageFullError) return true;
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  if (name === 'QuotaExceededError') return true;
  return typeof message === 'string' && /quota|no space left|NO_DEVICE_SPACE/i.test(message);
}

/** A write refused for lack of room, in the learner's words (the browser's own is `cause`). */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super(STORAGE_FULL_MESSAGE, { cause });
    this.name = 'StorageFullError';
  }
}

/**
 * `storage.setItems(items)` for the writes that hold the learner's data: a refusal for lack of
 * room raises the flag above and becomes a `StorageFullError` (nothing of the call was
 * written); a success lowers the flag.
 */
export async function setItemsOrReportFull(
  items: Parameters<typeof storage.setItems>[0],
): Promise<void> {
  try {
    await storage.setItems(items);
  } catch (error) {
    if (!isStorageFull(error)) throw error;
    await storageFullStorage.setValue({ at: Date.now() });
    throw new StorageFullError(error);
  }
  if (await storageFullStorage.getValue()) await storageFullStorage.setValue(null);
}
