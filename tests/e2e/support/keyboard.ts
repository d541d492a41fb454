import type { Page } from 'playwright-core';

/** The accessible name of the focused element: its aria-label, its label, or its text. */
export const focusedName = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement;
    const label = el && 'labels' in el ? (el as HTMLInputElement).labels?.[0] : undefined;
    return (el?.getAttribute('aria-label') ?? (label ?? el)?.textContent ?? '').trim();
  });

/** Presses Tab (or Shift+Tab) until the focused element's name matches, as a keyboard user would. */
export async function tabTo(page: Page, name: RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(key);
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`${key} never reached ${name}`);
}
