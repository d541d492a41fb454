import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, PageScreenshotOptions } from 'playwright-core';
import { ROOT_DIR } from './e2e-paths';

/**
 * Saves `test-results/<name>.png`, and with `UPDATE_README_SCREENSHOT=1` also
 * `docs/images/<name>.png`, the README's picture. Take it at the end of a test that has
 * asserted what the picture shows.
 */
export async function readmeScreenshot(
  page: Page,
  name: string,
  options: Pick<PageScreenshotOptions, 'clip'> = {},
): Promise<void> {
  const path = join(ROOT_DIR, 'test-results', `${name}.png`);
  mkdirSync(join(ROOT_DIR, 'test-results'), { recursive: true });
  await page.screenshot({ ...options, path, animations: 'disabled' });
  if (process.env.UPDATE_README_SCREENSHOT === '1') {
    copyFileSync(path, join(ROOT_DIR, 'docs/images', `${name}.png`));
  }
}
