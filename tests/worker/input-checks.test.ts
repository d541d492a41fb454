import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../shared/hlc';
import {
  call,
  createAccount,
  createPairingCode,
  expectError,
  hlc,
  pairDevice,
  sync,
} from './support/api';

/** A raw JSON body, for what JSON.stringify would never write (1e999). */
const raw = (token: string, body: string) =>
  call('POST', '/v1/sync', { token, body, headers: { 'Content-Type': 'application/json' } });

describe('input that could confuse the store is refused, and nothing is written', () => {
  it('a key with a lone surrogate (which would be stored as U+FFFD, one key for many)', async () => {
    const { token, deviceId } = await createAccount();
    for (const key of ['a\ud800', 'b\udc00c', '\ud83d']) {
      await expectError(
        await call('POST', '/v1/sync', {
          token,
          json: { cursor: null, changes: [{ key, value: 1, hlc: hlc(deviceId) }] },
        }),
        400,
        'key_malformed',
      );
    }
    expect((await sync(token, null)).changes).toEqual([]);
    const emoji = await sync(token, null, [{ key: 'note:😀', value: 1, hlc: hlc(deviceId) }]);
    expect(emoji.changes.map((c) => c.key)).toEqual(['note:😀']);
  });

  it('a number that is not finite, anywhere in a value', async () => {
    const { token, deviceId } = await createAccount();
    const h = formatHlc(Date.now(), 0, deviceId);
    for (const value of ['1e999', '-1e999', '[1, {"a": 1e999}]', '{"deep": [[[1e400]]]}']) {
      const body = `{"cursor":null,"changes":[{"key":"k","value":${value},"hlc":"${h}","merge":"lww"}]}`;
      await expectError(await raw(token, body), 400, 'value_not_finite');
    }
    const max = `{"cursor":null,"changes":[{"key":"m","value":1e999,"hlc":"${h}","merge":"max"}]}`;
    await expectError(await raw(token, max), 400, 'value_not_finite');
    expect((await sync(token, null)).changes).toEqual([]);
  });

  it('a change whose merge rule differs from its key’s stored rule (409)', async () => {
    const { token, deviceId } = await createAccount();
    await sync(token, null, [{ key: 'furthest', value: 10, hlc: hlc(deviceId), merge: 'max' }]);
    for (const merge of ['min', 'lww', undefined] as const) {
      const change = {
        key: 'furthest',
        value: 99,
        hlc: hlc(deviceId, 1000),
        ...(merge ? { merge } : {}),
      };
      const message = await expectError(
        await call('POST', '/v1/sync', {
          token,
          json: { cursor: null, changes: [{ key: 'other', value: 1, hlc: hlc(deviceId) }, change] },
        }),
        409,
        'merge_rule_changed',
      );
      expect(message).toContain('"furthest"');
    }
    // Nothing of those requests was applied, not even the change of another key.
    expect((await sync(token, null)).changes.map(({ key, value }) => ({ key, value }))).toEqual([
      { key: 'furthest', value: 10 },
    ]);
    expect(
      (await sync(token, null, [{ key: 'furthest', value: 12, hlc: hlc(deviceId), merge: 'max' }]))
        .changes[0]?.value,
    ).toBe(12);
  });

  it('a request that gives one key two rules, and the second of two racing requests that do', async () => {
    const a = await createAccount();
    const b = await pairDevice(a.token);
    const both = await call('POST', '/v1/sync', {
      token: a.token,
      json: {
        cursor: null,
        changes: [
          { key: 'k', value: 1, hlc: hlc(a.deviceId), merge: 'max' },
          { key: 'k', value: 2, hlc: hlc(a.deviceId, 0, 1), merge: 'min' },
        ],
      },
    });
    await expectError(both, 409, 'merge_rule_changed');
    const racing = await Promise.all(
      (['max', 'min'] as const).map((merge, i) =>
        call('POST', '/v1/sync', {
          token: [a, b][i]!.token,
          json: {
            cursor: null,
            changes: [{ key: 'race', value: i, hlc: hlc([a, b][i]!.deviceId), merge }],
          },
        }),
      ),
    );
    expect(racing.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await sync(a.token, null)).changes.map((c) => c.key)).toEqual(['race']);
  });

  it('a device name with control or format characters, on every endpoint that takes one', async () => {
    const a = await createAccount();
    const bad = ['Chrome\u202e', 'Fire\u0000fox', 'Laptop\u200b', 'Tab\u0007', 'x\u2066y'];
    for (const deviceName of bad) {
      await expectError(
        await call('POST', '/v1/accounts', { json: { deviceName } }),
        400,
        'device_name_invalid',
      );
      const { code } = await createPairingCode(a.token);
      await expectError(
        await call('POST', '/v1/devices', { json: { code, deviceName } }),
        400,
        'device_name_invalid',
      );
      await expectError(
        await call('PATCH', `/v1/devices/${a.deviceId}`, {
          token: a.token,
          json: { name: deviceName },
        }),
        400,
        'device_name_invalid',
      );
    }
    // Letters of every script, accents and emoji are names like any other.
    for (const name of ['Chrome على الحاسوب', 'Ноутбук', 'Firefox 🦊', 'café']) {
      expect(
        (await call('PATCH', `/v1/devices/${a.deviceId}`, { token: a.token, json: { name } }))
          .status,
      ).toBe(200);
    }
  });
});
