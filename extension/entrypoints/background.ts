/**
 * The background service worker: wiring only. It owns every write to storage; features
 * register their listeners here, synchronously, so that an event that wakes the worker finds
 * its listener in place.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { answerCalls } from '../background/answer-calls';
import { callHandlers } from '../background/call-handlers';
import { createInstalledIndex } from '../background/installed-index';
import { pageMarker, registerMarkPageDone } from '../background/mark-page-done';
import { pageLinker } from '../background/page-linker';
import { registerSessionReminders } from '../background/session-reminder';
import { registerSidePanel } from '../background/side-panel';
import { createTabPages } from '../background/tab-pages';
import { registerToolbarBadge } from '../background/toolbar-badge';
import { registerNavigationTracking } from '../background/track-navigation';
import { migrateStore } from '../lib/store-migration';
import { registerSyncSchedule } from '../lib/sync/sync-schedule';

export default defineBackground(() => {
  // First in the writer's queue: every write after it sees the migrated registers.
  migrateStore().catch((error: unknown) =>
    console.error('Readalong: could not move stored data into the registers:', error),
  );
  const installedIndex = createInstalledIndex();
  const tabPages = createTabPages();
  const markPageDone = pageMarker(installedIndex, tabPages);
  const pageMenu = registerMarkPageDone(markPageDone, tabPages);
  answerCalls(
    callHandlers(
      installedIndex,
      markPageDone,
      pageLinker(installedIndex, tabPages, pageMenu.follow),
    ),
  );
  registerNavigationTracking(installedIndex, tabPages, pageMenu.follow);
  registerSidePanel();
  registerToolbarBadge();
  registerSyncSchedule();
  registerSessionReminders();
});
