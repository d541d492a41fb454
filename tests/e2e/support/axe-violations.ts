import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT_DIR } from './e2e-paths';

let axeSource: string | undefined;

/**
 * axe-core's violations on the page as it is now. axe is injected through the DevTools protocol
 * (`page.evaluate`), because extension pages' CSP refuses an added `<script>`.
 *
 * `within` checks only what the extension adds to a web page: CSS selectors, each after the
 * first inside the shadow root of the element before it (`['readalong-playlist', '.box']`).
 * There, a contrast axe cannot determine counts as a violation (the box must be checkable), and
 * selectors that match nothing throw rather than pass.
 */
export async function axeViolations(page: Page, within?: string[]): Promise<unknown[]> {
  axeSource ??= readFileSync(join(ROOT_DIR, 'node_modules/axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const { violations, incomplete, passes } = await page.evaluate(async (selectors) => {
    type Result = { id: string };
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: unknown,
          ): Promise<{ violations: Result[]; incomplete: Result[]; passes: Result[] }>;
        };
      }
    ).axe;
    // axe's notation: a list of targets, each a list of frames, each a shadow DOM path.
    return axe.run(selectors ? { include: [[selectors]] } : document);
  }, within ?? null);
  if (!within) return violations;
  if (violations.length + incomplete.length + passes.length === 0) {
    throw new Error(`axe found nothing to check within ${within.join(' › ')}`);
  }
  return [...violations, ...incomplete.filter((result) => result.id === 'color-contrast')];
}
