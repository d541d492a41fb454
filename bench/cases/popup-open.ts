/**
 * Popup open: Debian's Chromium with the built extension, whose storage holds a 1,000-item
 * curriculum (the active one) with progress on half its items. Each round opens `popup.html`
 * in a tab and reads two performance marks the popup sets (popup-marks.ts): its script's
 * first line, and the checklist's first rows painted (the first effect after the first paint).
 * Also read: the time from the page's start (navigation) to that paint, which adds loading
 * and evaluating the scripts.
 */
import {
  CHECKLIST_PAINTED_MARK,
  POPUP_START_MARK,
} from '../../extension/entrypoints/popup/popup-marks';
import type { ExtensionGlobal } from '../../tests/e2e/support/extension-global';
import { launchExtension } from '../../tests/e2e/support/launch-extension';
import type { BenchContext } from '../bench-context';
import { bigCurriculum, popupRegisters } from '../extension/popup-fixture';
import type { Row } from '../results';
import { alternate, spread } from '../rounds';

interface Sample {
  scriptToPaint: number;
  navigationToPaint: number;
}

export async function popupOpen(ctx: BenchContext, extensionDir: string): Promise<Row[]> {
  const browser = await launchExtension({ extensionDir });
  try {
    const curriculum = bigCurriculum();
    const worker = await browser.serviceWorker();
    await worker.evaluate(
      async (registers) => {
        const api = (globalThis as unknown as ExtensionGlobal).chrome;
        await api.storage.local.set({ registers: JSON.parse(registers) });
      },
      JSON.stringify(popupRegisters(curriculum)),
    );
    const [samples] = await alternate<Sample>(
      [
        {
          name: 'popup',
          async run() {
            const page = await browser.openPopup();
            const marks = await page.waitForFunction(
              ([start, painted]) => {
                const [a] = performance.getEntriesByName(start);
                const [b] = performance.getEntriesByName(painted);
                return a && b ? { start: a.startTime, painted: b.startTime } : null;
              },
              [POPUP_START_MARK, CHECKLIST_PAINTED_MARK] as const,
              { timeout: 30_000 },
            );
            const { start, painted } = (await marks.jsonValue())!;
            // Only the rows near the view are drawn (none while "Next up" fills the view): the
            // checklist is there once it takes the whole list's room.
            const height = await page
              .locator('.popup__sections')
              .evaluate((el) => el.getBoundingClientRect().height);
            await page.close();
            if (height < 10_000) throw new Error('popup open: the checklist is not laid out');
            return { scriptToPaint: painted - start, navigationToPaint: painted };
          },
        },
      ],
      { warmup: 2, rounds: ctx.quick ? 3 : 15 },
    );
    const of = (key: keyof Sample) => spread(samples!.map((s) => s[key]));
    const scriptToPaint = of('scriptToPaint');
    const base = {
      case: 'popup open',
      unit: '1,000-item curriculum, half with progress',
      peer: null,
      peerName: null,
      ratio: null,
    };
    return [
      {
        ...base,
        metric: 'first script line → checklist painted, ms',
        readalong: scriptToPaint,
        goal: '≤ 16 ms',
        met: scriptToPaint.median <= 16,
      },
      {
        ...base,
        metric: 'page start → checklist painted, ms',
        readalong: of('navigationToPaint'),
        goal: null,
        met: null,
      },
    ];
  } finally {
    await browser.close();
  }
}
