import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

/** Times are milliseconds since the epoch. Secrets are stored only as SHA-256 hex digests. */

export const accounts = sqliteTable('accounts', {
  id: text('id').primaryKey(),
  recoveryKeyHash: text('recovery_key_hash').notNull().unique(),
  /** The last change sequence number handed out in this account (see registers.seq). */
  seq: integer('seq').notNull().default(0),
  createdAt: integer('created_at').notNull(),
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
 * the account's change sequence number of the register's last change: a pull reads
 * `WHERE account_id = ? AND seq > ?` through registers_account_seq_idx, so it costs the number
 * of registers changed since the cursor, not the number of registers.
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
  },
  (table) => [
    primaryKey({ columns: [table.accountId, table.key] }),
    uniqueIndex('registers_account_seq_idx').on(table.accountId, table.seq),
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
