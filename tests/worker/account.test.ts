import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import {
  call,
  createAccount,
  createPairingCode,
  expectError,
  hlc,
  pairDevice,
  rowsOfAccount,
  sync,
} from './support/api';

/** Every table of the schema (not D1's or SQLite's own). */
async function tables(): Promise<string[]> {
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations'",
  ).all<{ name: string }>();
  return results.map((row) => row.name).sort();
}

/** How many rows of every table mention any of `ids`, in any column. */
async function rowsMentioning(ids: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tables()) {
    const { results } = await env.DB.prepare(`PRAGMA table_info(${table})`).all<{ name: string }>();
    const columns = results.map((column) => column.name);
    const where = columns.flatMap((column) => ids.map(() => `"${column}" = ?`)).join(' OR ');
    const params = columns.flatMap(() => ids);
    counts[table] =
      (await env.DB.prepare(`SELECT COUNT(*) AS n FROM "${table}" WHERE ${where}`)
        .bind(...params)
        .first<number>('n')) ?? 0;
  }
  return counts;
}

describe('DELETE /v1/account', () => {
  it('deletes the account and every row of it, in every table', async () => {
    const a = await createAccount();
    const b = await pairDevice(a.token);
    await createPairingCode(a.token);
    await sync(a.token, null, [
      { key: 'status:ch1', value: 'done', hlc: hlc(a.deviceId) },
      { key: 'furthest:v1', value: 10, hlc: hlc(a.deviceId, 0, 1), merge: 'max' },
    ]);
    const other = await createAccount();
    await sync(other.token, null, [{ key: 'status:ch1', value: 'done', hlc: hlc(other.deviceId) }]);
    const ids = [a.accountId, a.deviceId, b.deviceId];
    expect(await rowsOfAccount(a.accountId)).toEqual({
      accounts: 1,
      devices: 2,
      pairing_codes: 1,
      registers: 2,
    });
    expect(await tables()).toEqual([
      'accounts',
      'devices',
      'pairing_codes',
      'rate_limits',
      'registers',
      'write_refusals',
    ]);

    const response = await call('DELETE', '/v1/account', { token: b.token });
    expect(response.status).toBe(204);

    expect(await rowsOfAccount(a.accountId)).toEqual({
      accounts: 0,
      devices: 0,
      pairing_codes: 0,
      registers: 0,
    });
    const left = await rowsMentioning(ids);
    expect(
      Object.values(left).every((n) => n === 0),
      JSON.stringify(left),
    ).toBe(true);
    // The other account is untouched.
    expect(await rowsOfAccount(other.accountId)).toEqual({
      accounts: 1,
      devices: 1,
      pairing_codes: 0,
      registers: 1,
    });
  });

  it('signs out every device of the account and voids its recovery key', async () => {
    const a = await createAccount();
    const b = await pairDevice(a.token);
    expect((await call('DELETE', '/v1/account', { token: a.token })).status).toBe(204);
    for (const token of [a.token, b.token]) {
      await expectError(await call('GET', '/v1/devices', { token }), 401, 'invalid_token');
    }
    const rejoin = await call('POST', '/v1/devices', {
      json: { code: a.recoveryKey, deviceName: 'Back again' },
    });
    await expectError(rejoin, 403, 'invalid_code');
  });

  it('needs a token', async () => {
    await expectError(await call('DELETE', '/v1/account'), 401, 'missing_token');
  });
});
