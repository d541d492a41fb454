import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { call } from '../lib/call';
import { syncAccountStorage } from '../lib/storage';
import type { LiveChannel } from '../lib/sync/live-channel';
import { useStorageValue } from '../lib/use-storage-value';

const CheckingContext = createContext(false);

/** Whether the page is waiting for the check it asked for on opening or becoming visible. */
export function useSyncChecking(): boolean {
  return useContext(CheckingContext);
}

const askForSync = () => call('sync-check').catch(() => undefined);

/**
 * Keeps an extension page fresh while it is open, when this browser syncs: asks the
 * background for a check as it opens and whenever it becomes visible again (its sync status
 * says "Checking…" until that answers), and holds the live channel, through which the server
 * pokes it when another browser changed something (live-channel.ts). Wraps a page's root.
 */
export function LiveSync({ children }: { children: ComponentChildren }) {
  const account = useStorageValue(syncAccountStorage);
  const serverUrl = account?.serverUrl;
  const token = account?.token;
  const [checking, setChecking] = useState(true);

  useEffect(() => {
    if (account === undefined) return;
    if (!serverUrl || !token) {
      setChecking(false);
      return;
    }
    let open = true;
    let latest = 0;
    const check = () => {
      const id = ++latest;
      setChecking(true);
      void askForSync().finally(() => {
        if (open && id === latest) setChecking(false);
      });
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === 'visible') check();
    };
    check();
    document.addEventListener('visibilitychange', onVisibilityChange);
    // A chunk of its own (with Hono's client), loaded only by a page of a browser that syncs,
    // after its first paint.
    let channel: LiveChannel | undefined;
    void import('../lib/sync/live-channel').then(({ openLiveChannel }) => {
      if (!open) return;
      channel = openLiveChannel({
        account: { serverUrl, token },
        onPoke: () => void askForSync(),
        onSignedOut: () => void askForSync(),
      });
    });
    return () => {
      open = false;
      document.removeEventListener('visibilitychange', onVisibilityChange);
      channel?.close();
    };
  }, [account === undefined, serverUrl, token]);

  return <CheckingContext.Provider value={checking}>{children}</CheckingContext.Provider>;
}
