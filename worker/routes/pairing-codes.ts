import { and, desc, eq, lte, notInArray, sql } from 'drizzle-orm';
import { PAIRING_CODE_TTL_MS } from '../../shared/sync-protocol/limits';
import { createRouter } from '../create-router';
import { database } from '../db/database';
import { pairingCodes } from '../db/schema';
import { joinCodeHash, newPairingCode } from '../secrets/join-codes';
import * as routes from './pairing-codes.routes';

/** Creating more live codes than this drops the account's oldest ones. */
const MAX_LIVE_CODES = 5;

export const pairingCodesRoutes = createRouter().openapi(routes.createPairingCode, async (c) => {
  const { accountId } = c.var.device;
  const db = database(c.env);
  const now = Date.now();
  const code = newPairingCode();
  const expiresAt = now + PAIRING_CODE_TTL_MS;
  const newest = db
    .select({ codeHash: pairingCodes.codeHash })
    .from(pairingCodes)
    .where(eq(pairingCodes.accountId, accountId))
    .orderBy(desc(sql`rowid`))
    .limit(MAX_LIVE_CODES);
  await db.batch([
    db.delete(pairingCodes).where(lte(pairingCodes.expiresAt, now)),
    db.insert(pairingCodes).values({
      codeHash: await joinCodeHash(code),
      accountId,
      createdAt: now,
      expiresAt,
    }),
    db
      .delete(pairingCodes)
      .where(and(eq(pairingCodes.accountId, accountId), notInArray(pairingCodes.codeHash, newest))),
  ]);
  return c.json({ code, expiresAt: new Date(expiresAt).toISOString() }, 201);
});
