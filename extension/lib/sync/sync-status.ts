import { outboxStorage, syncStatusStorage } from '../storage';
import type { SyncStatus, SyncStatusKind } from './sync-storage';

/** Status updates run one at a time, so a late one never puts back a stale status. */
let queue: Promise<unknown> = Promise.resolve();
function serialize<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Changes waiting for the server. */
export async function pendingCount(): Promise<number> {
  return Object.keys(await outboxStorage.getValue()).length;
}

/** Records a new status, with the current number of changes waiting. */
export function setSyncStatus(
  kind: SyncStatusKind,
  message: string | null = null,
  retryAt?: number,
): Promise<SyncStatus> {
  return serialize(async () => {
    const [before, pending] = await Promise.all([syncStatusStorage.getValue(), pendingCount()]);
    const now = Date.now();
    const status: SyncStatus = {
      kind,
      at: now,
      message,
      pending,
      lastSyncedAt: kind === 'synced' ? now : before.lastSyncedAt,
      ...(retryAt === undefined ? {} : { retryAt }),
    };
    await syncStatusStorage.setValue(status);
    return status;
  });
}

/** After a local change: the count goes up, and "synced" becomes "N changes waiting". */
export function notePendingChanges(): Promise<void> {
  return serialize(async () => {
    const [before, pending] = await Promise.all([syncStatusStorage.getValue(), pendingCount()]);
    if (before.kind === 'signed-out' || before.pending === pending) return;
    const kind = before.kind === 'synced' && pending > 0 ? 'pending' : before.kind;
    await syncStatusStorage.setValue({ ...before, kind, pending });
  });
}
