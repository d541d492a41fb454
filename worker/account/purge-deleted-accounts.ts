import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '../db/database';
import { accounts, registers } from '../db/schema';

export interface PurgeBudget {
  /** Registers deleted by one statement. */
  registersPerStatement: number;
  /** Statements one call may run, so one request stays well inside D1's per-request limits. */
  statements: number;
}

/**
 * 1,000 registers of at most 64 KiB each per statement (at most ~64 MB, well inside D1's
 * statement time limit), and 20 statements per call (half of them deletions): about 10,000
 * registers per request, far below D1's 1,000 (paid) or 50 (free) queries per invocation.
 */
export const DEFAULT_PURGE_BUDGET: PurgeBudget = { registersPerStatement: 1000, statements: 20 };

/**
 * Deletes what is left of accounts marked deleted, a bounded batch at a time, oldest deletion
 * first: registers by rowid through the primary key index, then the account's row once it has
 * none. Returns whether everything is gone. Every call makes progress (it deletes at least one
 * batch when anything is left), so calls from later deletions and from the Worker's scheduled
 * purge (worker/index.ts) always finish the work, however large the account.
 */
export async function purgeDeletedAccounts(
  db: Database,
  budget: PurgeBudget = DEFAULT_PURGE_BUDGET,
): Promise<boolean> {
  let statements = 0;
  while (statements < budget.statements) {
    const [next] = await db
      .select({ id: accounts.id })
      .from(accounts)
      .where(isNotNull(accounts.deletedAt))
      .orderBy(accounts.deletedAt)
      .limit(1);
    statements += 1;
    if (!next) return true;
    const batch = db
      .select({ rowid: sql`rowid` })
      .from(registers)
      .where(eq(registers.accountId, next.id))
      .limit(budget.registersPerStatement);
    const deleted = await db.delete(registers).where(sql`rowid IN ${batch}`);
    statements += 1;
    if (deleted.meta.changes === 0) {
      await db.delete(accounts).where(and(eq(accounts.id, next.id), isNotNull(accounts.deletedAt)));
      statements += 1;
    }
  }
  return false;
}
