import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import { call, createAccount, createPairingCode, hlc, pairDevice, sync } from './api';

/** The accounts, tokens, codes and cursors the bad-input corpus aims at. */
export interface CorpusFixture {
  /** The account every case tries to hurt: registers under each rule, devices, live codes. */
  owner: {
    accountId: string;
    deviceId: string;
    token: string;
    recoveryKey: string;
    cursor: string;
    /** A second device of the account, for rename and revoke cases. */
    otherDeviceId: string;
  };
  /** Keys stored in the owner's account with the rule named. */
  keys: { lww: string; max: string; min: string };
  /** Another account, whose token and cursor must not reach the owner's data. */
  stranger: { accountId: string; deviceId: string; token: string; cursor: string };
  /** The token of a device the owner revoked. */
  revokedToken: string;
  /** A deleted account's token, recovery key and cursor. */
  deleted: { token: string; recoveryKey: string; cursor: string };
  /** A pairing code of the owner that was used once already. */
  usedPairingCode: string;
  /** A pairing code of the owner whose 10 minutes are over. */
  expiredPairingCode: string;
  /** A pairing code of the owner that still works. */
  livePairingCode: string;
}

const expectStatus = async (response: Response, status: number) =>
  expect(response.status, await response.text()).toBe(status);

export async function buildCorpusFixture(): Promise<CorpusFixture> {
  const owner = await createAccount('Chrome at work');
  const keys = { lww: 'status:ch1', max: 'furthest:video1', min: 'first-opened:ch1' };
  const pushed = await sync(owner.token, null, [
    { key: keys.lww, value: 'done', hlc: hlc(owner.deviceId, 0, 0) },
    { key: keys.max, value: 612.5, hlc: hlc(owner.deviceId, 0, 1), merge: 'max' },
    { key: keys.min, value: 1713605400000, hlc: hlc(owner.deviceId, 0, 2), merge: 'min' },
    { key: 'notes:ch1', value: { text: 'A note', at: [1, 2, 3] }, hlc: hlc(owner.deviceId, 0, 3) },
  ]);
  const second = await pairDevice(owner.token, 'Firefox at home');

  const revoked = await pairDevice(owner.token, 'Old laptop');
  await expectStatus(
    await call('DELETE', `/v1/devices/${revoked.deviceId}`, { token: owner.token }),
    204,
  );

  const usedPairingCode = (await createPairingCode(owner.token)).code;
  await expectStatus(
    await call('POST', '/v1/devices', { json: { code: usedPairingCode, deviceName: 'Tablet' } }),
    201,
  );
  const expiredPairingCode = (await createPairingCode(owner.token)).code;
  await env.DB.prepare(
    'UPDATE pairing_codes SET expires_at = ? WHERE rowid = (SELECT MAX(rowid) FROM pairing_codes)',
  )
    .bind(Date.now() - 1000)
    .run();
  const livePairingCode = (await createPairingCode(owner.token)).code;

  const stranger = await createAccount('Someone else');
  const strangerPage = await sync(stranger.token, null, [
    { key: keys.lww, value: 'skipped', hlc: hlc(stranger.deviceId) },
  ]);

  const gone = await createAccount('Deleted browser');
  const gonePage = await sync(gone.token, null, [{ key: 'k', value: 1, hlc: hlc(gone.deviceId) }]);
  await expectStatus(await call('DELETE', '/v1/account', { token: gone.token }), 204);

  // An authenticated request writes `last_seen_at` when the last write is a minute old (the
  // one write a refused request may make, documented as such). The corpus keeps that column
  // in its byte-for-byte comparison, so it is set ahead here: a slow run does not move it.
  await env.DB.prepare('UPDATE devices SET last_seen_at = ?')
    .bind(Date.now() + 24 * 3_600_000)
    .run();

  return {
    owner: {
      accountId: owner.accountId,
      deviceId: owner.deviceId,
      token: owner.token,
      recoveryKey: owner.recoveryKey,
      cursor: pushed.cursor,
      otherDeviceId: second.deviceId,
    },
    keys,
    stranger: { ...stranger, cursor: strangerPage.cursor },
    revokedToken: revoked.token,
    deleted: { token: gone.token, recoveryKey: gone.recoveryKey, cursor: gonePage.cursor },
    usedPairingCode,
    expiredPairingCode,
    livePairingCode,
  };
}
