/**
 * The background service worker: wiring only. It owns every write to progress; features
 * register their listeners here, synchronously, so that an event that wakes the worker finds
 * its listener in place.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { registerProgressCalls } from '../background/progress-calls';
import { registerSidePanel } from '../background/side-panel';
import { registerSync } from '../background/sync';
import { registerToolbarBadge } from '../background/toolbar-badge';
import { registerNavigationTracking } from '../background/track-navigation';
import { registerVideoProgress } from '../background/video-progress';
import { listenForCalls } from '../lib/background-calls';
import { createInstalledIndex } from '../lib/installed-index';

export default defineBackground(() => {
  listenForCalls();
  registerProgressCalls();
  const installedIndex = createInstalledIndex();
  registerNavigationTracking(installedIndex);
  registerVideoProgress(installedIndex);
  registerSidePanel(installedIndex);
  registerToolbarBadge();
  registerSync();
});
