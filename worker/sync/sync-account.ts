import { eq } from 'drizzle-orm';
import type { SyncRequest, SyncResponse } from '../../shared/sync-protocol/sync';
import { ApiError } from '../api-error';
import type { AuthenticatedDevice } from '../bindings';
import { readConfig } from '../config';
import { d1Statement } from '../db/d1-statement';
import { database } from '../db/database';
import { accounts } from '../db/schema';
import { anyChangeWonQuery, applyChangesStatements, ruleConflictQuery } from './apply-changes';
import { checkClockSkew } from './check-clock-skew';
import { checkOneRulePerKey } from './check-one-rule-per-key';
import { encodeCursor, readCursor } from './cursor';
import { type PulledRow, pullChangesQuery, toPage } from './pull-changes';
import { refusalOf } from './refusals';

type Changes = SyncRequest['changes'];

/**
 * One `/v1/sync` exchange: the request's changes are merged and the next page of changes since
 * the cursor is read in one `DB.batch()`, one transaction: all of it happens or none of it, and
 * the page includes this request's own effects. `changed`: whether any change won its merge
 * (the account's other devices are then poked, routes/sync.ts).
 */
export async function syncAccount(
  env: Env,
  device: AuthenticatedDevice,
  cursor: string | null,
  changes: Changes,
): Promise<{ response: SyncResponse; changed: boolean }> {
  const { accountId, accountSeq } = device;
  const afterSeq = readCursor(cursor, accountId, accountSeq);
  checkClockSkew(changes, Date.now());
  checkOneRulePerKey(changes);
  const config = readConfig(env);
  const quota = {
    maxStoredBytes: config.accountMaxStoredBytes,
    maxRegisters: config.accountMaxRegisters,
  };
  const writes =
    changes.length > 0
      ? [
          ...applyChangesStatements(accountId, changes, quota),
          anyChangeWonQuery(accountId, changes.length),
        ]
      : [];
  const statements = [...writes, pullChangesQuery(accountId, afterSeq)].map((query) =>
    d1Statement(env.DB, query),
  );
  let results: D1Result<PulledRow>[];
  try {
    results = await env.DB.batch<PulledRow>(statements);
  } catch (error) {
    const refusal = refusalOf(error);
    if (refusal === 'quota_exceeded') throw await quotaExceeded(env, accountId, quota);
    if (refusal === 'merge_rule_changed') throw await ruleChanged(env, accountId, changes);
    throw error;
  }
  const page = toPage(results.at(-1)?.results ?? [], afterSeq);
  const won =
    writes.length > 0 ? (results.at(-2)?.results[0] as { won?: number } | undefined) : undefined;
  return {
    response: {
      cursor: encodeCursor(accountId, page.lastSeq),
      changes: page.changes,
      more: page.more,
    },
    changed: won?.won === 1,
  };
}

async function quotaExceeded(
  env: Env,
  accountId: string,
  quota: { maxStoredBytes: number; maxRegisters: number },
): Promise<ApiError> {
  const [held] = await database(env)
    .select({ bytes: accounts.storedBytes, registers: accounts.registerCount })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  return new ApiError(
    'quota_exceeded',
    `This push would take the account past its quota of ${quota.maxStoredBytes} bytes in ${quota.maxRegisters} registers (it holds ${held?.bytes ?? 0} bytes in ${held?.registers ?? 0}). Nothing of it was applied.`,
  );
}

async function ruleChanged(env: Env, accountId: string, changes: Changes): Promise<ApiError> {
  const conflict = (await d1Statement(env.DB, ruleConflictQuery(accountId, changes)).first()) as {
    key: string;
    stored: string;
    incoming: string;
  } | null;
  const which = conflict
    ? `Key "${conflict.key.slice(0, 64)}" is stored with the rule "${conflict.stored}"; a change gives it "${conflict.incoming}".`
    : 'A change gives its key a rule other than its stored one.';
  return new ApiError(
    'merge_rule_changed',
    `${which} A key keeps one merge rule for its whole life. Nothing of this request was applied.`,
  );
}
