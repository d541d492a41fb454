import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ActiveVideo } from '../../background/side-panel';
import { callBackground } from '../../lib/background-calls';

const POLL_MS = 1000;

/**
 * What the followed tab's video is doing, asked of the background every second while the panel
 * is visible (the current time moves), and at once when the tab navigates.
 */
export function useActiveVideo(tabId: number | null): {
  video: ActiveVideo | null;
  refresh(): void;
} {
  const [video, setVideo] = useState<ActiveVideo | null>(null);
  const [asks, setAsks] = useState(0);
  const refresh = useCallback(() => setAsks((n) => n + 1), []);

  useEffect(() => {
    if (tabId === null) {
      setVideo(null);
      return;
    }
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest = 0;
    const ask = () => {
      const mine = ++latest;
      const current = () => live && mine === latest;
      clearTimeout(timer);
      callBackground('active-video', { tabId })
        .then((answer) => current() && setVideo(answer))
        .catch(() => current() && setVideo(null))
        .finally(() => {
          if (current() && document.visibilityState === 'visible') timer = setTimeout(ask, POLL_MS);
        });
    };
    const onUpdated = (id: number) => {
      if (id === tabId) ask();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') ask();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    document.addEventListener('visibilitychange', onVisible);
    ask();
    return () => {
      live = false;
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [tabId, asks]);

  return { video: video?.tabId === tabId ? video : null, refresh };
}
