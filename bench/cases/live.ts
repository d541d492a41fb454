/**
 * Live: the delay from a tick in one browser to its appearance in another browser's open
 * popup, with no button pressed (the server pokes the account's open pages over the live
 * channel, and they pull). Two Chromium profiles with the built extension, paired through the
 * bench's wrangler dev; browser A's popup ticks and unticks one slide of the bundled book
 * club, and B's open popup notes when that row's state changes. A's time is taken in A's page
 * when the checkbox is clicked, B's by a MutationObserver in B's page: one clock, the
 * machine's. Needs the live channel (`GET /v1/live`): without it the case says so in a row.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SLIDES } from '../../tests/e2e/support/bookclub-resources';
import { callBackground } from '../../tests/e2e/support/call-background';
import { launchExtension } from '../../tests/e2e/support/launch-extension';
import type { BenchContext } from '../bench-context';
import { type Row, single } from '../results';
import { alternate, percentile, spread } from '../rounds';

const KEY = SLIDES[0];
const ROW = `.popup__sections li[data-resource-key="${KEY}"]`;
const FILTER = 'input[aria-label="Filter items by words"]';
/** A tick not seen by then is counted as this late (and fails the goal). */
const TICK_TIMEOUT_MS = 15_000;

type Marked = typeof globalThis & { __tickAt?: number; __seenAt?: number; __seen?: string };

async function openSlides(open: () => Promise<Page>): Promise<Page> {
  const page = await open();
  await page.locator(FILTER).fill('slides');
  await page.locator(ROW).waitFor();
  return page;
}

export async function live(ctx: BenchContext, extensionDir: string): Promise<Row[]> {
  const probe = await fetch(`${ctx.server.url}/v1/live`);
  await probe.arrayBuffer();
  if (probe.status === 404) {
    ctx.note(
      'live: not measured — this build of the worker has no live channel (GET /v1/live answered 404).',
    );
    return [
      {
        case: 'live',
        metric: 'live channel present (GET /v1/live)',
        unit: 'the worker of this build',
        readalong: single(0),
        peer: null,
        peerName: null,
        ratio: null,
        goal: 'present, then p95 ≤ 3 s',
        met: false,
      },
    ];
  }
  const profiles = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'readalong-bench-live-')));
  const [a, b] = await Promise.all(
    profiles.map((userDataDir) => launchExtension({ extensionDir, userDataDir })),
  );
  try {
    const pairing = await a!.openPopup();
    const joining = await b!.openPopup();
    await callBackground(pairing, 'sync-start', {
      serverUrl: ctx.server.url,
      deviceName: 'Bench A',
    });
    const { code } = await callBackground(pairing, 'sync-add-browser');
    await callBackground(joining, 'sync-join', {
      serverUrl: ctx.server.url,
      code,
      deviceName: 'Bench B',
    });
    await Promise.all([pairing.close(), joining.close()]);
    // Opened once both are signed in, so each holds the live channel.
    const ticking = await openSlides(() => a!.openPopup());
    const watching = await openSlides(() => b!.openPopup());
    const [delays] = await alternate<number>(
      [
        {
          name: 'tick',
          async run() {
            await watching.evaluate((row) => {
              const marked = globalThis as Marked;
              const element = document.querySelector(row)!;
              const before = element.getAttribute('data-state');
              marked.__seenAt = undefined;
              new MutationObserver((_, observer) => {
                const now = document.querySelector(row)?.getAttribute('data-state');
                if (now !== before) {
                  marked.__seenAt = Date.now();
                  observer.disconnect();
                }
              }).observe(document.body, { subtree: true, attributes: true, childList: true });
            }, ROW);
            await ticking.evaluate((row) => {
              const box = document.querySelector<HTMLInputElement>(
                `${row} input[type="checkbox"]`,
              )!;
              (globalThis as Marked).__tickAt = Date.now();
              box.click();
            }, ROW);
            const tickAt = await ticking.evaluate(() => (globalThis as Marked).__tickAt!);
            try {
              await watching.waitForFunction(
                () => (globalThis as Marked).__seenAt !== undefined,
                undefined,
                {
                  timeout: TICK_TIMEOUT_MS,
                },
              );
            } catch {
              return TICK_TIMEOUT_MS;
            }
            return (await watching.evaluate(() => (globalThis as Marked).__seenAt!)) - tickAt;
          },
        },
      ],
      { warmup: 2, rounds: ctx.quick ? 5 : 50 },
    );
    const s = spread(delays!);
    const p95 = percentile(delays!, 0.95);
    const base = {
      case: 'live',
      unit: `${delays!.length} ticks, Chromium → Chromium`,
      peer: null,
      peerName: null,
      ratio: null,
    };
    return [
      {
        ...base,
        metric: 'tick → shown in the other open popup, median ms',
        readalong: s,
        goal: null,
        met: null,
      },
      {
        ...base,
        metric: 'tick → shown in the other open popup, p95 ms',
        readalong: single(p95),
        goal: '≤ 3,000 ms',
        met: p95 <= 3000,
      },
    ];
  } finally {
    await Promise.all([a!.close(), b!.close()]);
    for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
  }
}
