import type { ErrorCode } from '../shared/sync-protocol/error-codes';
import { ApiError } from './api-error';
import type { Database } from './db/database';
import { type RateLimit, recordEvent } from './rate-limit';

/**
 * Counts one event for `subject` under `rule`, and throws `code` (a 429, with `Retry-After`)
 * once the window holds more than `rule.limit` events. `what` completes the message: "At most
 * 120 <what> per minute".
 */
export async function enforceRateLimit(
  db: Database,
  rule: RateLimit,
  subject: string,
  code: ErrorCode,
  what: string,
): Promise<void> {
  const window = await recordEvent(db, rule, subject);
  if (window.count <= rule.limit) return;
  const seconds = window.retryAfterSeconds;
  throw new ApiError(code, `At most ${rule.limit} ${what}. Try again in ${seconds} seconds.`, {
    'Retry-After': String(seconds),
  });
}
