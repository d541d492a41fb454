import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Chrome's words when `storage.local.set` would take the extension past its quota. */
export const CHROME_QUOTA_MESSAGE = 'QUOTA_BYTES quota exceeded';

/** The size Chrome counts for an area's contents: each key plus its value as JSON. */
function bytesOf(items: Record<string, unknown>): number {
  return Object.entries(items).reduce(
    (sum, [key, value]) => sum + key.length + JSON.stringify(value).length,
    0,
  );
}

/**
 * From now on `storage.local` holds at most what it holds now plus `spareBytes`: a `set` that
 * would take it past that is refused, as Chrome refuses it, and writes nothing. Returns a
 * function that gives it room again.
 */
export async function limitStorageRoom(spareBytes: number): Promise<() => void> {
  const area = fakeBrowser.storage.local;
  const limit = bytesOf(await area.get(null)) + spareBytes;
  const set = area.set.bind(area);
  const spy = vi.spyOn(area, 'set').mockImplementation(async (items) => {
    const after = { ...(await area.get(null)), ...items };
    if (bytesOf(after) > limit) throw new Error(CHROME_QUOTA_MESSAGE);
    return set(items);
  });
  return () => spy.mockRestore();
}
