import { browser } from 'wxt/browser';

/**
 * The one host permission Readalong needs: YouTube, where the video tracker runs and whose tab
 * addresses the side panel reads. The manifest asks for it and Chrome grants it at install,
 * but the learner can withdraw it (Chrome's "site access", Firefox's add-on permissions), and
 * a Firefox MV3 add-on can find it missing (a temporary install, a profile that refused it).
 */
export const YOUTUBE_ACCESS = { origins: ['https://www.youtube.com/*'] };

/** Whether Readalong may run on YouTube now. */
export async function hasYouTubeAccess(): Promise<boolean> {
  return browser.permissions.contains(YOUTUBE_ACCESS);
}

/**
 * Asks the browser for YouTube access (it shows its own prompt). Call it straight from a
 * click, before any `await`: browsers only prompt during a user action. Resolves to whether
 * access was granted.
 */
export function requestYouTubeAccess(): Promise<boolean> {
  return browser.permissions.request(YOUTUBE_ACCESS);
}

/** Calls `listener` whenever the learner grants or withdraws a permission. */
export function onAccessChanged(listener: () => void): () => void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}
