/**
 * The side panel (Chrome) / sidebar (Firefox): its page is WXT's `sidepanel` entrypoint, from
 * which WXT writes `side_panel.default_path` (and the `sidePanel` permission) for Chrome and
 * `sidebar_action` for Firefox. The panel talks to the YouTube tab it follows directly
 * (`lib/tab-video.ts`); the background only sets what the toolbar button does.
 */
import { browser } from 'wxt/browser';

export function registerSidePanel(): void {
  // The toolbar button keeps opening the popup (which has an "open side panel" button); the
  // panel is also listed in Chrome's side panel menu and the button's context menu.
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
}
