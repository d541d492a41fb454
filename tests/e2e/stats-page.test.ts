/**
 * The stats page of the built extension: reached from the options page, it shows the active
 * curriculum's time watched, streak, pace against the schedule and items finished per week,
 * with no axe-core violations in light and dark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe-violations';
import { callBackground } from './support/call-background';
import { type LaunchedExtension, launchExtension } from './support/launch-extension';
import { poll } from './support/poll';
import { readmeScreenshot } from './support/readme-screenshot';

let browser: LaunchedExtension;

beforeAll(async () => {
  browser = await launchExtension();
});

afterAll(async () => {
  await browser?.close();
});

describe('the stats page', () => {
  it('counts what I finished this week, my streak and my pace, axe-clean light and dark', async () => {
    const options = await browser.openExtensionPage('options.html');
    // Session 1 of the book club, finished today: its slides and its recording.
    await callBackground(options, 'set-status', {
      resourceKeys: [
        'github.com/mlops-discord/dmls-bookclub/blob/main/slides/chapter1-20240413-chad-shaplv.pdf',
        'youtube:spFsPbDw7Lg',
      ],
      status: 'done',
    });
    await options.getByRole('link', { name: 'Your stats' }).click();
    await options.getByRole('heading', { name: 'Readalong stats' }).waitFor();

    const number = (name: string) =>
      options.locator('.stats__numbers div').filter({ hasText: name }).locator('dd').textContent();
    await poll(() => number('Current streak')).toBe('1 day');
    expect(await number('Time watched')).toBe('0 min');
    // The club's dates are all past: 1 of its sessions finished, the others behind.
    expect(await number('Pace')).toMatch(/^\d+ sessions behind \(1 of \d+ sessions finished/);

    const chart = options.getByRole('img', { name: /Items finished per week/ });
    expect(await chart.getAttribute('aria-labelledby')).toBeTruthy();
    await options.getByText('Show as a table').click();
    const rows = options
      .getByRole('table', { name: 'Items finished per week' })
      .locator('tbody tr');
    expect(await rows.count()).toBe(8);
    expect(await rows.last().locator('td').textContent()).toBe('2');

    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'light' });
    await options.setViewportSize({ width: 800, height: 720 });
    await readmeScreenshot(options, 'stats');
  });
});
