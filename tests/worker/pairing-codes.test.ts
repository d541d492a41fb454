import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { PAIRING_CODE_TTL_MS } from '../../shared/sync-protocol/limits';
import { call, createAccount, createPairingCode, expectError, freshAddress } from './support/api';

const join = (code: string, address?: string) =>
  call('POST', '/v1/devices', { json: { code, deviceName: 'New browser' }, address });

describe('POST /v1/pairing-codes', () => {
  it('gives a short code, easy to type, that expires in 10 minutes', async () => {
    const { token } = await createAccount();
    const before = Date.now();
    const { code, expiresAt } = await createPairingCode(token);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    const expiry = Date.parse(expiresAt);
    expect(expiry).toBeGreaterThanOrEqual(before + PAIRING_CODE_TTL_MS);
    expect(expiry).toBeLessThanOrEqual(Date.now() + PAIRING_CODE_TTL_MS);
  });

  it('needs a token', async () => {
    await expectError(await call('POST', '/v1/pairing-codes'), 401, 'missing_token');
  });

  it('works once', async () => {
    const { token, accountId } = await createAccount();
    const { code } = await createPairingCode(token);
    const first = await join(code);
    expect(first.status).toBe(201);
    expect(((await first.json()) as { accountId: string }).accountId).toBe(accountId);
    await expectError(await join(code), 403, 'invalid_code');
  });

  it('lets only one of two browsers racing with the same code join', async () => {
    const { token } = await createAccount();
    const { code } = await createPairingCode(token);
    const responses = await Promise.all([join(code), join(code), join(code)]);
    expect(responses.map((r) => r.status).sort()).toEqual([201, 403, 403]);
  });

  it('reads the code however it is typed: case, spaces, dashes, O for 0, I or L for 1', async () => {
    const { token } = await createAccount();
    const { code } = await createPairingCode(token);
    const typed = ` ${code.toLowerCase().replace('-', ' ').replaceAll('0', 'o').replaceAll('1', 'l')} `;
    expect((await join(typed)).status).toBe(201);
  });

  it('stops working after 10 minutes', async () => {
    const { token } = await createAccount();
    const { code } = await createPairingCode(token);
    await env.DB.prepare('UPDATE pairing_codes SET expires_at = ?')
      .bind(Date.now() - 1)
      .run();
    await expectError(await join(code), 403, 'invalid_code');
  });

  it('is stored only as a hash', async () => {
    const { token } = await createAccount();
    const { code } = await createPairingCode(token);
    const rows = JSON.stringify(await env.DB.prepare('SELECT * FROM pairing_codes').all());
    expect(rows).not.toContain(code);
    expect(rows).not.toContain(code.replace('-', ''));
  });

  it('keeps at most 5 live codes per account, dropping the oldest', async () => {
    const { token } = await createAccount();
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push((await createPairingCode(token)).code);
    await expectError(await join(codes[0]!), 403, 'invalid_code');
    expect((await join(codes[1]!)).status).toBe(201);
    expect((await join(codes[5]!)).status).toBe(201);
  });
});

describe('failed pairing attempts', () => {
  it('are limited per client address and minute (429 with Retry-After), even for a right code', async () => {
    const limit = Number(env.FAILED_PAIRING_ATTEMPTS_PER_MINUTE);
    const { token } = await createAccount();
    const { code } = await createPairingCode(token);
    const address = freshAddress();
    for (let i = 0; i < limit; i++) {
      await expectError(await join('WRONG-C0DE0', address), 403, 'invalid_code');
    }
    const refused = await join(code, address);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('Retry-After'))).toBeLessThanOrEqual(60);
    await expectError(refused, 429, 'too_many_pairing_attempts');
    // The code was not used up, and another address is not affected.
    expect((await join(code, freshAddress())).status).toBe(201);
  });

  it('hold when many wrong codes are sent at once: no more than the limit are tried', async () => {
    const limit = Number(env.FAILED_PAIRING_ATTEMPTS_PER_MINUTE);
    const address = freshAddress();
    const responses = await Promise.all(
      Array.from({ length: limit * 4 }, () => join('WRONG-C0DE0', address)),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 403)).toHaveLength(limit);
    expect(statuses.filter((status) => status === 429)).toHaveLength(limit * 3);
  });

  it('count any wrong code: malformed, of the wrong length, or a pairing code of nobody', async () => {
    const limit = Number(env.FAILED_PAIRING_ATTEMPTS_PER_MINUTE);
    const address = freshAddress();
    const wrong = ['!!!', 'ABC', 'ZZZZZ-ZZZZZ', 'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ'];
    for (let i = 0; i < limit; i++) {
      await expectError(await join(wrong[i % wrong.length]!, address), 403, 'invalid_code');
    }
    await expectError(await join('ABC', address), 429, 'too_many_pairing_attempts');
  });

  it('do not count successful joins', async () => {
    // Joins into accounts of their own: an account's own join limit is another count.
    const limit = Number(env.FAILED_PAIRING_ATTEMPTS_PER_MINUTE);
    const address = freshAddress();
    for (let i = 0; i < limit + 2; i++) {
      const { code } = await createPairingCode((await createAccount()).token);
      expect((await join(code, address)).status).toBe(201);
    }
  });
});
