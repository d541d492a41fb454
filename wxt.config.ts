import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { PAGE_COMMANDS } from './extension/lib/page-commands';

/** Gecko add-on id: stable, so Firefox keeps the add-on's storage between updates. */
const GECKO_ID = 'readalong@readalong.dev';

/** The icons in extension/public/icon/, rendered by scripts/render-icons.sh from their SVGs. */
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  // Copied into the build as is (WXT 0.21 would look for public/ beside package.json).
  publicDir: 'extension/public',
  modulesDir: 'extension/modules',
  imports: false,
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
    // Every browser the manifest admits preloads modules itself (Chrome 66, Firefox 115): the
    // polyfill would only add its bytes to every page.
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    name: 'Readalong',
    description:
      'Track your way through a curriculum of readings and videos, and keep that progress in step across your browsers.',
    icons: ICONS,
    // WXT adds the popup to this; the toolbar button shows the same icons.
    action: { default_icon: ICONS },
    // unlimitedStorage: a large synced account outgrows Chrome's 10 MB for storage.local.
    permissions: [
      'storage',
      'unlimitedStorage',
      'webNavigation',
      'alarms',
      'notifications',
      'contextMenus',
    ],
    commands: PAGE_COMMANDS,
    host_permissions: ['https://www.youtube.com/*'],
    // Asked for at run time, for one origin only, when the learner points sync at their own server.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
          // Firefox's default for MV3 pages adds `upgrade-insecure-requests`, which turns the
          // live channel's ws:// into wss:// for a sync server on plain http (`npm run dev`,
          // a server on the LAN), and the socket then never opens. Scripts stay as restricted.
          content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
        }
      : {}),
  }),
});
