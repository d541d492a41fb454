/**
 * Launch Debian's Firefox ESR, headless, with a Firefox build of the extension installed as a
 * temporary add-on, through puppeteer-core over WebDriver BiDi (no geckodriver, nothing
 * downloaded). The add-on's UUID is fixed through a preference, so its pages have a known
 * address, `moz-extension://<uuid>/popup.html`.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_PATH } from './e2e-paths';

export interface LaunchedFirefox {
  browser: Browser;
  /** `moz-extension://<uuid>` */
  origin: string;
  /** A page of the add-on, e.g. `popup.html`, opened in a tab; resolves once its app is painted. */
  openExtensionPage(path: string): Promise<Page>;
  openPopup(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox({
  extensionDir,
}: {
  /** A Firefox build: `wxt build -b firefox` → `.output/firefox-mv3`. */
  extensionDir: string;
}): Promise<LaunchedFirefox> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox ESR is not installed at ${FIREFOX_PATH}. Run \`bash scripts/ensure-test-tools.sh\` as root (\`npm test\` does), or \`apt-get install firefox-esr\`.`,
    );
  }
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Lets the automation open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({
        [manifest.browser_specific_settings.gecko.id]: uuid,
      }),
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const origin = `moz-extension://${uuid}`;
  /**
   * Navigating to an add-on page detaches the frame puppeteer watched, so `goto` rejects
   * ("Frame detached") although the page loads: the navigation is not awaited, and the wait is
   * for what the page paints. Now and then puppeteer's handle on the page stays bound to the
   * replaced document and every wait fails with a protocol error: then the tab is closed and
   * the page opened again in a new one.
   */
  const openExtensionPage = async (path: string) => {
    const url = `${origin}/${path.replace(/^\//, '')}`;
    for (let attempt = 1; ; attempt++) {
      const page = await browser.newPage();
      page.goto(url).catch(() => undefined);
      try {
        await page.waitForSelector('#app > *', { timeout: 5_000 });
        return page;
      } catch (error) {
        await page.close().catch(() => undefined);
        if (attempt === 3) throw error;
      }
    }
  };
  return {
    browser,
    origin,
    openExtensionPage,
    openPopup: () => openExtensionPage('popup.html'),
    close: () => browser.close(),
  };
}
