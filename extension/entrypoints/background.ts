/**
 * The background service worker: wiring only. It owns every write to storage; features
 * register their listeners here, synchronously, so that an event that wakes the worker finds
 * its listener in place.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { answerCalls } from '../background/answer-calls';
import { callHandlers } from '../background/call-handlers';
import { createInstalledIndex } from '../background/installed-index';
import { registerSidePanel } from '../background/side-panel';
import { registerToolbarBadge } from '../background/toolbar-badge';
import { registerNavigationTracking } from '../background/track-navigation';
import { registerSyncSchedule } from '../lib/sync/sync-schedule';

export default defineBackground(() => {
  const installedIndex = createInstalledIndex();
  answerCalls(callHandlers(installedIndex));
  registerNavigationTracking(installedIndex);
  registerSidePanel();
  registerToolbarBadge();
  registerSyncSchedule();
});
