/**
 * Stop the extension's service worker at once, as Chrome does when it reclaims a worker (and as
 * chrome://serviceworker-internals' "Stop" does): work in flight is cut off.
 *
 * How: a CDP session on a blank page of the same profile enables the `ServiceWorker` domain,
 * which reports every worker version and its running status; `ServiceWorker.stopWorker` stops
 * the extension's running version, and this resolves once that version reported `stopped`.
 * (Watching the status, not the target list, matters: a worker that an open extension page or
 * a pending event needs starts again at once, under the same target.)
 *
 * The worker starts again on the next event for it (a message from a page of the extension, an
 * alarm, a navigation it listens to). Playwright keeps the same `Worker` object across the
 * restart: calling `evaluate` on it while the worker is stopped waits until it runs again.
 */
import type { BrowserContext } from 'playwright-core';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

export async function stopServiceWorker(
  context: BrowserContext,
  extensionId: string,
  timeoutMs = 10_000,
): Promise<void> {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  try {
    const prefix = `chrome-extension://${extensionId}/`;
    const statuses = new Map<string, string[]>();
    const changed = new Set<() => void>();
    session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions as WorkerVersion[]) {
        if (!version.scriptURL.startsWith(prefix)) continue;
        statuses.set(version.versionId, [
          ...(statuses.get(version.versionId) ?? []),
          version.runningStatus,
        ]);
      }
      for (const wake of changed) wake();
    });
    const waitFor = async (condition: () => boolean, what: string) => {
      const deadline = Date.now() + timeoutMs;
      while (!condition()) {
        if (Date.now() > deadline) {
          throw new Error(`stopServiceWorker: ${what} within ${timeoutMs} ms`);
        }
        await new Promise<void>((resolve) => {
          const wake = () => {
            changed.delete(wake);
            resolve();
          };
          changed.add(wake);
          setTimeout(wake, 50);
        });
      }
    };
    await session.send('ServiceWorker.enable');
    let running: string | undefined;
    await waitFor(() => {
      running = [...statuses].find(([, seen]) => seen.at(-1) === 'running')?.[0];
      return running !== undefined;
    }, `no running service worker of ${extensionId} was reported`);
    const versionId = running as string;
    const before = statuses.get(versionId)?.length ?? 0;
    await session.send('ServiceWorker.stopWorker', { versionId });
    await waitFor(
      () => (statuses.get(versionId) ?? []).slice(before).includes('stopped'),
      `the service worker of ${extensionId} did not stop`,
    );
  } finally {
    await session.detach().catch(() => {});
    await page.close().catch(() => {});
  }
}
