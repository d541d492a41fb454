/**
 * What the extension keeps, read inside the browser: in one of its pages, in its service
 * worker, or (given a launched browser) in that browser's service worker. Read in a page when
 * the worker may be stopped: reading there would wait until something wakes it.
 */
import type { Page, Worker } from 'playwright-core';
import { progressSubject } from '../../../shared/progress-keys';
import type { Register } from '../../../shared/register';
import { deriveProgress, type ResourceProgress } from '../../../shared/resource-progress';
import type { ExtensionGlobal } from './extension-global';
import type { LaunchedExtension } from './launch-extension';

export type ExtensionContext = LaunchedExtension | Page | Worker;

/** Where to evaluate (a page's `evaluate` takes what a worker's does, and more). */
async function contextOf(where: ExtensionContext): Promise<Pick<Worker, 'evaluate'>> {
  return 'openPopup' in where ? where.serviceWorker() : where;
}

/** One item of `storage.local`. */
export async function stored<T>(where: ExtensionContext, key: string): Promise<T | undefined> {
  const context = await contextOf(where);
  const items = await context.evaluate(
    (k) => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.get(k),
    key,
  );
  return items[key] as T | undefined;
}

/** Everything the extension keeps, in every storage area, as one string. */
export async function everythingStored(where: ExtensionContext): Promise<string> {
  const context = await contextOf(where);
  return context.evaluate(async () => {
    const { storage } = (globalThis as unknown as ExtensionGlobal).chrome;
    const [local, session, sync] = await Promise.all([
      storage.local.get(null),
      storage.session.get(null),
      storage.sync.get(null),
    ]);
    return JSON.stringify({ local, session, sync });
  });
}

/** The progress of one resource, derived from the stored registers as the extension does. */
export async function progressOf(
  where: ExtensionContext,
  resourceKey: string,
): Promise<ResourceProgress | undefined> {
  const registers = (await stored<Record<string, Register>>(where, 'registers')) ?? {};
  return deriveProgress(registers).get(progressSubject(resourceKey));
}

/** A resource's status: `'none'` until something is recorded. */
export async function statusOf(where: ExtensionContext, resourceKey: string) {
  return (await progressOf(where, resourceKey))?.status ?? 'none';
}
