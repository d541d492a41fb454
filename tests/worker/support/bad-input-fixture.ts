import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import { call, createAccount, createPairingCode, freshAddress, hlc, pairDevice, sync } from './api';

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
  /** Keys stored in the owner's account (and the two below) with the rule named. */
  keys: { lww: string; max: string; min: string };
  /**
   * Two more accounts holding the same registers, aimed at by the `sync` and `injection`
   * groups, so that no account sends more sync requests a minute than its rate limit allows
   * (ACCOUNT_SYNC_REQUESTS_PER_MINUTE): a 429 would hide the answer the case is about.
   */
  syncTargets: { sync: SyncTarget; injection: SyncTarget };
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
  /** Accounts and addresses at one of their limits (see `atTheLimits`). */
  limits: AtTheLimits;
}

/** Accounts and client addresses that have used up one quota or rate limit each. */
export interface AtTheLimits {
  /** Within a few bytes of ACCOUNT_MAX_STORED_BYTES. */
  fullOfBytes: SyncTarget;
  /** At ACCOUNT_MAX_REGISTERS. */
  fullOfRegisters: SyncTarget;
  /** A live pairing code of an account at ACCOUNT_MAX_DEVICES. */
  crowdedCode: string;
  /** A live pairing code and the recovery key of an account joined ACCOUNT_JOINS_PER_HOUR times. */
  joined: { code: string; recoveryKey: string };
  /** An account that sent ACCOUNT_SYNC_REQUESTS_PER_MINUTE sync requests just now. */
  busy: SyncTarget;
  /** An address that sent FAILED_PAIRING_ATTEMPTS_PER_MINUTE wrong codes just now. */
  guessingAddress: string;
  /** A live pairing code the guessing address is about to send. */
  rightCode: string;
  /** An address that created ACCOUNT_CREATIONS_PER_HOUR accounts. */
  creatingAddress: string;
}

export interface SyncTarget {
  accountId: string;
  deviceId: string;
  token: string;
}

const KEYS = { lww: 'status:ch1', max: 'furthest:video1', min: 'first-opened:ch1' };

/** An account holding a register under each rule, and a note; with its cursor after them. */
async function accountWithRegisters(deviceName: string) {
  const account = await createAccount(deviceName);
  const page = await sync(account.token, null, [
    { key: KEYS.lww, value: 'done', hlc: hlc(account.deviceId, 0, 0) },
    { key: KEYS.max, value: 612.5, hlc: hlc(account.deviceId, 0, 1), merge: 'max' },
    { key: KEYS.min, value: 1713605400000, hlc: hlc(account.deviceId, 0, 2), merge: 'min' },
    {
      key: 'notes:ch1',
      value: { text: 'A note', at: [1, 2, 3] },
      hlc: hlc(account.deviceId, 0, 3),
    },
  ]);
  return { ...account, cursor: page.cursor };
}

const expectStatus = async (response: Response, status: number) =>
  expect(response.status, await response.text()).toBe(status);

const target = ({ accountId, deviceId, token }: SyncTarget): SyncTarget => ({
  accountId,
  deviceId,
  token,
});

/**
 * Accounts and addresses brought to each limit. The stored-bytes and register totals and the
 * device count are set in the database directly: reaching them through the API would take
 * 20 MiB of pushes, 100,000 registers, or more joins than an hour allows. The rate limits are
 * used up through the API. The per-minute ones are built last, so their windows are still
 * open when the corpus (whose `limit` cases come first) reaches them.
 */
async function atTheLimits(): Promise<AtTheLimits> {
  const fullOfBytes = target(await createAccount('Full of bytes'));
  await env.DB.prepare('UPDATE accounts SET stored_bytes = ? WHERE id = ?')
    .bind(Number(env.ACCOUNT_MAX_STORED_BYTES) - 10, fullOfBytes.accountId)
    .run();
  const fullOfRegisters = target(await createAccount('Full of registers'));
  await env.DB.prepare('UPDATE accounts SET register_count = ? WHERE id = ?')
    .bind(Number(env.ACCOUNT_MAX_REGISTERS), fullOfRegisters.accountId)
    .run();

  const crowded = await createAccount('Crowded');
  const crowdedCode = (await createPairingCode(crowded.token)).code;
  for (let n = 1; n < Number(env.ACCOUNT_MAX_DEVICES); n++) {
    await env.DB.prepare(
      'INSERT INTO devices (id, account_id, name, token_hash, created_at, last_seen_at) VALUES (?, ?, ?, ?, 0, 0)',
    )
      .bind(
        `${crowded.accountId.slice(0, 28)}${String(n).padStart(4, '0')}`,
        crowded.accountId,
        `Device ${n}`,
        '0'.repeat(64),
      )
      .run();
  }

  const joinedAccount = await createAccount('Joined often');
  for (let n = 0; n < Number(env.ACCOUNT_JOINS_PER_HOUR); n++) {
    await pairDevice(joinedAccount.token, `Joined ${n}`);
  }
  const joined = {
    code: (await createPairingCode(joinedAccount.token)).code,
    recoveryKey: joinedAccount.recoveryKey,
  };

  const creatingAddress = freshAddress();
  for (let n = 0; n < Number(env.ACCOUNT_CREATIONS_PER_HOUR); n++) {
    await createAccount(`Created ${n}`, creatingAddress);
  }

  const rightCode = (await createPairingCode(crowded.token)).code;
  const guessingAddress = freshAddress();
  for (let n = 0; n < Number(env.FAILED_PAIRING_ATTEMPTS_PER_MINUTE); n++) {
    const wrong = await call('POST', '/v1/devices', {
      json: { code: `0000${n}-00000`, deviceName: 'Guess' },
      address: guessingAddress,
    });
    await expectStatus(wrong, 403);
  }

  const busy = target(await createAccount('Busy'));
  for (let n = 0; n < Number(env.ACCOUNT_SYNC_REQUESTS_PER_MINUTE); n++) {
    await sync(busy.token, null);
  }
  return {
    fullOfBytes,
    fullOfRegisters,
    crowdedCode,
    joined,
    busy,
    guessingAddress,
    rightCode,
    creatingAddress,
  };
}

export async function buildCorpusFixture(): Promise<CorpusFixture> {
  const owner = await accountWithRegisters('Chrome at work');
  const syncTarget = async (name: string): Promise<SyncTarget> => {
    const { accountId, deviceId, token } = await accountWithRegisters(name);
    return { accountId, deviceId, token };
  };
  const syncTargets = {
    sync: await syncTarget('Sync cases'),
    injection: await syncTarget('Injection cases'),
  };
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
    { key: KEYS.lww, value: 'skipped', hlc: hlc(stranger.deviceId) },
  ]);

  const gone = await createAccount('Deleted browser');
  const gonePage = await sync(gone.token, null, [{ key: 'k', value: 1, hlc: hlc(gone.deviceId) }]);
  await expectStatus(await call('DELETE', '/v1/account', { token: gone.token }), 204);

  const limits = await atTheLimits();

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
      cursor: owner.cursor,
      otherDeviceId: second.deviceId,
    },
    keys: KEYS,
    syncTargets,
    stranger: { ...stranger, cursor: strangerPage.cursor },
    revokedToken: revoked.token,
    deleted: { token: gone.token, recoveryKey: gone.recoveryKey, cursor: gonePage.cursor },
    usedPairingCode,
    expiredPairingCode,
    livePairingCode,
    limits,
  };
}
