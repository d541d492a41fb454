import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT_DIR } from './e2e-paths';

let axeSource: string | undefined;

/**
 * axe-core's violations on the page as it is now. axe is injected through the DevTools protocol
 * (`page.evaluate`), because extension pages' CSP refuses an added `<script>`.
 */
export async function axeViolations(page: Page): Promise<unknown[]> {
  axeSource ??= readFileSync(join(ROOT_DIR, 'node_modules/axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations;
  });
}
