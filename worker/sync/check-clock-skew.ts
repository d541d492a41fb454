import { parseHlc } from '../../shared/hlc';
import type { SyncChange } from '../../shared/sync-protocol/change';
import { MAX_CLOCK_SKEW_MS } from '../../shared/sync-protocol/limits';
import { ApiError } from '../api-error';

/**
 * Refuses the request if a change's HLC is more than 5 minutes ahead of the server's clock:
 * under `lww` such a change would beat every honest write to its key until that time came.
 */
export function checkClockSkew(changes: readonly SyncChange[], now: number): void {
  changes.forEach((change, i) => {
    const ms = parseHlc(change.hlc)?.ms ?? 0;
    if (ms > now + MAX_CLOCK_SKEW_MS) {
      const minutes = Math.round((ms - now) / 60_000);
      throw new ApiError(
        'clock_skew',
        `changes[${i}].hlc is ${minutes} minutes ahead of the server's clock (${new Date(now).toISOString()}); at most 5 minutes is accepted. Check this device's clock.`,
      );
    }
  });
}
