import { browser } from 'wxt/browser';

interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/**
 * Opens Readalong's side panel (Chrome) or sidebar (Firefox). Both browsers allow this only
 * in answer to a user action, so call it straight from a click handler, before any `await`;
 * that is why the window id is looked up beforehand (see `currentWindowId`).
 */
export function openSidePanel(windowId: number | undefined): Promise<void> {
  const sidebarAction = (browser as unknown as { sidebarAction?: FirefoxSidebarAction })
    .sidebarAction;
  if (sidebarAction) return sidebarAction.open();
  if (browser.sidePanel?.open) {
    if (windowId === undefined)
      return Promise.reject(new Error('No browser window to open the side panel in.'));
    return browser.sidePanel.open({ windowId });
  }
  return Promise.reject(new Error('This browser has no side panel for Readalong.'));
}

/** The id of the window an extension page (the popup) belongs to. */
export async function currentWindowId(): Promise<number | undefined> {
  try {
    return (await browser.windows.getCurrent()).id;
  } catch {
    return undefined;
  }
}
