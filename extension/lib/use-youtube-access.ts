import { useEffect, useState } from 'preact/hooks';
import { hasYouTubeAccess, onAccessChanged } from './youtube-access';

/**
 * Whether Readalong may run on YouTube, kept up to date; undefined until the browser answers
 * (a local question, never the network).
 */
export function useYouTubeAccess(): boolean | undefined {
  const [granted, setGranted] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const check = () => {
      hasYouTubeAccess().then(
        (answer) => live && setGranted(answer),
        () => live && setGranted(undefined),
      );
    };
    const stop = onAccessChanged(check);
    // Site access can also change in the browser's own menus while this page stays open.
    const onVisible = () => document.visibilityState === 'visible' && check();
    document.addEventListener('visibilitychange', onVisible);
    check();
    return () => {
      live = false;
      stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return granted;
}
