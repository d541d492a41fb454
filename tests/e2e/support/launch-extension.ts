/**
 * Launch Debian's Chromium with the built extension loaded, in a persistent profile.
 * Relaunching with the same `userDataDir` reopens the same profile (same extension id, same
 * extension storage), which is how tests check that something survives a browser restart.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, EXTENSION_DIR } from './e2e-paths';
import { hostResolverRules } from './host-resolver-rules';
import { unpackedExtensionId } from './unpacked-extension-id';

export interface LaunchExtensionOptions {
  /** Profile folder; default a new temporary one, deleted by `close()`. */
  userDataDir?: string;
  /** Hosts to send to local ports: a port for every host, or a port per host. */
  hostMap?: Record<string, number> | number;
  /** The unpacked extension; default the Chrome build in `.output/chrome-mv3`. */
  extensionDir?: string;
  /** More Chromium switches. */
  args?: string[];
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  /**
   * The extension's service worker. Playwright keeps one `Worker` object for it across stops
   * and restarts; in a reopened profile the worker only starts on an event that concerns it,
   * so this waits (up to 15 s) until something wakes it.
   */
  serviceWorker(): Promise<Worker>;
  /** The popup page (`popup.html`), opened in a tab. */
  openPopup(): Promise<Page>;
  /** Any page of the extension, e.g. `sidepanel.html` or `options.html?tab=sync`. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchExtension(
  options: LaunchExtensionOptions = {},
): Promise<LaunchedExtension> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No built extension in ${extensionDir}: the e2e global setup builds it (npx vitest run --project e2e)`,
    );
  }
  const temporaryProfile = options.userDataDir
    ? undefined
    : mkdtempSync(join(tmpdir(), 'readalong-profile-'));
  const userDataDir = options.userDataDir ?? (temporaryProfile as string);
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-gpu',
    '--ignore-certificate-errors',
    '--autoplay-policy=no-user-gesture-required',
    ...(options.hostMap === undefined
      ? []
      : [`--host-resolver-rules=${hostResolverRules(options.hostMap)}`]),
    ...(options.args ?? []),
  ];
  const freshProfile = !existsSync(join(userDataDir, 'Default', 'Preferences'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
  });
  const extensionId = unpackedExtensionId(extensionDir);
  const ours = (worker: Worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`);
  if (freshProfile) {
    // Installing the extension starts its service worker: wait for it, so the extension is
    // ready. A reopened profile starts it only on the next event that concerns it.
    try {
      if (!context.serviceWorkers().some(ours)) {
        await context.waitForEvent('serviceworker', { predicate: ours, timeout: 15_000 });
      }
    } catch (error) {
      await context.close();
      if (temporaryProfile) rmSync(temporaryProfile, { recursive: true, force: true });
      throw new Error(
        `The extension in ${extensionDir} (id ${extensionId}) did not start its service worker: ${(error as Error).message}`,
      );
    }
  }

  const serviceWorker = async () => {
    const running = context.serviceWorkers().find(ours);
    if (running) return running;
    return context.waitForEvent('serviceworker', { predicate: ours, timeout: 15_000 });
  };
  const openExtensionPage = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
    return page;
  };
  return {
    context,
    extensionId,
    serviceWorker,
    openPopup: () => openExtensionPage('popup.html'),
    openExtensionPage,
    close: async () => {
      await context.close();
      if (temporaryProfile) rmSync(temporaryProfile, { recursive: true, force: true });
    },
  };
}
