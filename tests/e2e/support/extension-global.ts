/** A storage area of the extension, as far as the tests read and write it. */
interface StorageArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

/**
 * The `chrome` global of the extension's pages and service worker, as far as the tests use it.
 * Functions passed to `evaluate` run in the browser: cast `globalThis` to this type there.
 */
export interface ExtensionGlobal {
  chrome: {
    storage: Record<'local' | 'session' | 'sync', StorageArea>;
    runtime: {
      sendMessage(message: unknown): Promise<{ ok: boolean; result?: unknown; error?: string }>;
    };
    action: { getBadgeText(details: object): Promise<string> };
    alarms: {
      get(name: string): Promise<{ name: string; scheduledTime: number } | undefined>;
      create(name: string, info: { when: number }): Promise<void>;
    };
    notifications: {
      getAll(): Promise<Record<string, unknown>>;
    };
    tabs: { getCurrent(): Promise<{ id?: number } | undefined> };
  };
}
