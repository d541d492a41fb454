import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Times are milliseconds since the epoch. Secrets are stored only as SHA-256 hex digests. */

export const accounts = sqliteTable('accounts', {
  id: text('id').primaryKey(),
  recoveryKeyHash: text('recovery_key_hash').notNull().unique(),
  /** The last change sequence number handed out in this account (see registers.seq). */
  seq: integer('seq').notNull().default(0),
  createdAt: integer('created_at').notNull(),
  /**
   * The sum of registers.size and the count of the account's registers, kept by every write
   * of registers in the same batch (worker/sync/apply-changes.ts), for the account's quota.
   */
  storedBytes: integer('stored_bytes').notNull().default(0),
  registerCount: integer('register_count').notNull().default(0),
  /**
   * Set by `DELETE /v1/account`: the account's devices and codes are gone, and its registers
   * are being deleted in bounded batches (worker/account/purge-deleted-accounts.ts).
   */
  deletedAt: integer('deleted_at'),
});

export const devices = sqliteTable(
  'devices',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: integer('created_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
  },
  (table) => [index('devices_account_idx').on(table.accountId)],
);

export const pairingCodes = sqliteTable(
  'pairing_codes',
  {
    codeHash: text('code_hash').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (table) => [
    index('pairing_codes_account_idx').on(table.accountId),
    index('pairing_codes_expiry_idx').on(table.expiresAt),
  ],
);

/**
 * One register per (account, key). `value` is the JSON text of the winning value. `seq` is
 * the account's change sequence number of the register's last change (unique per account:
 * apply-changes.ts reserves each number once). `size` is the register's key plus value in
 * UTF-8 bytes, written with the value. A pull reads `WHERE account_id = ? AND seq > ?` through
 * registers_pull_idx, which also holds `size`: a page is measured from the index alone, and
 * values are read only for the rows sent (worker/sync/pull-changes.ts). So a pull costs the
 * registers it returns, not the registers of the account nor the size of the values passed over.
 */
export const registers = sqliteTable(
  'registers',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    value: text('value').notNull(),
    hlc: text('hlc').notNull(),
    merge: text('merge', { enum: ['lww', 'max', 'min'] }).notNull(),
    seq: integer('seq').notNull(),
    size: integer('size').notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.accountId, table.key] }),
    index('registers_pull_idx').on(table.accountId, table.seq, table.size),
  ],
);

/**
 * A table that can hold no row: inserting into it fails, with the name of the constraint,
 * and so rolls back the whole D1 batch it is part of. A sync batch inserts a row here when
 * the request must be refused after all, judged inside the transaction (worker/sync/refusals.ts).
 */
export const writeRefusals = sqliteTable(
  'write_refusals',
  { reason: text('reason').notNull() },
  (table) => [
    check('quota_exceeded', sql`${table.reason} <> 'quota_exceeded'`),
    check('merge_rule_changed', sql`${table.reason} <> 'merge_rule_changed'`),
  ],
);

/**
 * Rate-limit counters: one open window per (limit, client address). `bucket` is a SHA-256 of
 * the two, so no address is stored; a row is deleted once its window has closed.
 */
export const rateLimits = sqliteTable(
  'rate_limits',
  {
    bucket: text('bucket').primaryKey(),
    count: integer('count').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (table) => [index('rate_limits_expiry_idx').on(table.expiresAt)],
);
