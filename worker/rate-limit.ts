import { and, eq, gt, lte, sql } from 'drizzle-orm';
import type { Database } from './db/database';
import { rateLimits } from './db/schema';
import { sha256Hex } from './secrets/sha256';

/**
 * At most `limit` events per `windowMs` per subject: a client address, or an account id for
 * the per-account limits. A window opens at a subject's first event and closes `windowMs`
 * later; the next event after that opens a new one. Counters live in D1 (rate_limits), so the
 * count is exact across every Worker instance; docs/sync-protocol.md says why not Cloudflare's
 * Rate Limiting binding.
 */
export interface RateLimit {
  name: string;
  limit: number;
  windowMs: number;
}

export interface WindowCount {
  count: number;
  /** Seconds until the window closes, for a `Retry-After` header. */
  retryAfterSeconds: number;
}

const bucketOf = (rule: RateLimit, subject: string) => sha256Hex(`${rule.name}|${subject}`);
const secondsUntil = (expiresAt: number, now: number) =>
  Math.max(1, Math.ceil((expiresAt - now) / 1000));

/**
 * Counts one event for this subject. Closed windows are deleted first (all of them, through
 * rate_limits_expiry_idx), so a subject whose window has closed starts a new one.
 */
export async function recordEvent(
  db: Database,
  rule: RateLimit,
  subject: string,
  now = Date.now(),
): Promise<WindowCount> {
  const [, [row]] = await db.batch([
    db.delete(rateLimits).where(lte(rateLimits.expiresAt, now)),
    db
      .insert(rateLimits)
      .values({ bucket: await bucketOf(rule, subject), count: 1, expiresAt: now + rule.windowMs })
      .onConflictDoUpdate({
        target: rateLimits.bucket,
        set: { count: sql`${rateLimits.count} + 1` },
      })
      .returning({ count: rateLimits.count, expiresAt: rateLimits.expiresAt }),
  ]);
  return {
    count: row?.count ?? 1,
    retryAfterSeconds: secondsUntil(row?.expiresAt ?? now + rule.windowMs, now),
  };
}

/**
 * Takes back one event counted by `recordEvent` for this subject (one that turned out not to
 * count, such as a pairing attempt that succeeded), if its window is still open.
 */
export async function forgetEvent(
  db: Database,
  rule: RateLimit,
  subject: string,
  now = Date.now(),
): Promise<void> {
  await db
    .update(rateLimits)
    .set({ count: sql`${rateLimits.count} - 1` })
    .where(
      and(
        eq(rateLimits.bucket, await bucketOf(rule, subject)),
        gt(rateLimits.expiresAt, now),
        gt(rateLimits.count, 0),
      ),
    );
}
