import type { Change } from '../../../shared/register';
import { withWriteLock } from '../progress-writer';
import { outboxStorage, registersStorage } from '../storage';
import { validRegisters } from '../valid-registers';

/**
 * Takes the changes the server acknowledged out of the outbox. An entry whose key got a newer
 * local change since the request left stays: that newer change has not been sent yet. Runs in
 * the writer's queue, so a write that lands meanwhile is never lost.
 */
export function removeAcknowledged(sent: readonly Change[]): Promise<number> {
  if (sent.length === 0) return Promise.resolve(0);
  return withWriteLock(async () => {
    // A copy: the item's fallback object must never be edited in place.
    const outbox = { ...(await outboxStorage.getValue()) };
    let removed = 0;
    for (const change of sent) {
      const queued = outbox[change.key];
      if (queued && queued.hlc === change.hlc && sameRule(queued, change)) {
        delete outbox[change.key];
        removed++;
      }
    }
    if (removed > 0) await outboxStorage.setValue(outbox);
    return removed;
  });
}

const sameRule = (a: Change, b: Change) => (a.merge ?? 'lww') === (b.merge ?? 'lww');

/**
 * Queues every register this browser holds, so that starting to sync (or joining an account)
 * merges all local progress into the account. A register already holds the effect of every
 * change queued for its key, so it replaces that entry.
 */
export function queueAllRegisters(): Promise<number> {
  return withWriteLock(async () => {
    const [stored, queued] = await Promise.all([
      registersStorage.getValue(),
      outboxStorage.getValue(),
    ]);
    const outbox = { ...queued };
    const { registers } = validRegisters(stored);
    for (const [key, register] of Object.entries(registers)) {
      outbox[key] = { key, value: register.value, hlc: register.hlc, merge: register.merge };
    }
    await outboxStorage.setValue(outbox);
    return Object.keys(outbox).length;
  });
}
