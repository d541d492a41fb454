import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../shared/hlc';
import type { Change, Json } from '../../shared/register';
import {
  MAX_CHANGES_PER_SYNC,
  MAX_CLOCK_SKEW_MS,
  MAX_KEY_LENGTH,
  MAX_VALUE_BYTES,
  MAX_VALUE_DEPTH,
} from '../../shared/sync-protocol/limits';
import { call, createAccount, expectError, hlc, sync } from './support/api';

async function account() {
  const { token, deviceId } = await createAccount();
  const push = (changes: unknown[]) =>
    call('POST', '/v1/sync', { token, json: { cursor: null, changes } });
  const change = (fields: Partial<Change> & Record<string, unknown> = {}) => ({
    key: 'k',
    value: 1,
    hlc: hlc(deviceId),
    ...fields,
  });
  const stored = async () => (await sync(token, null)).changes;
  return { token, deviceId, push, change, stored };
}

const nested = (depth: number): Json => (depth === 0 ? 0 : [nested(depth - 1)]);

describe('limits of /v1/sync, each with its own error, and nothing written', () => {
  it(`at most ${MAX_CHANGES_PER_SYNC} changes per request`, async () => {
    const { push, change, stored } = await account();
    const many = (n: number) => Array.from({ length: n }, (_, i) => change({ key: `k${i}` }));
    await expectError(await push(many(MAX_CHANGES_PER_SYNC + 1)), 400, 'too_many_changes');
    expect(await stored()).toEqual([]);
    expect((await push(many(MAX_CHANGES_PER_SYNC))).status).toBe(200);
  });

  it(`a key is 1 to ${MAX_KEY_LENGTH} characters`, async () => {
    const { push, change, stored } = await account();
    await expectError(
      await push([change({ key: 'k'.repeat(MAX_KEY_LENGTH + 1) })]),
      400,
      'key_too_long',
    );
    await expectError(await push([change({ key: '' })]), 400, 'key_empty');
    expect(await stored()).toEqual([]);
    expect((await push([change({ key: 'k'.repeat(MAX_KEY_LENGTH) })])).status).toBe(200);
  });

  it('a value is at most 64 KiB as JSON, counted in UTF-8 bytes', async () => {
    const { push, change, stored } = await account();
    const exactly = 'x'.repeat(MAX_VALUE_BYTES - 2); // plus its two quotes
    await expectError(await push([change({ value: `${exactly}x` })]), 400, 'value_too_large');
    const accented = 'é'.repeat((MAX_VALUE_BYTES - 2) / 2 + 1); // two bytes each
    await expectError(await push([change({ value: accented })]), 400, 'value_too_large');
    expect(await stored()).toEqual([]);
    expect((await push([change({ value: exactly })])).status).toBe(200);
  });

  it(`a value nests at most ${MAX_VALUE_DEPTH} levels deep (deeper input cannot crash the server)`, async () => {
    const { push, change, token, stored } = await account();
    await expectError(
      await push([change({ value: nested(MAX_VALUE_DEPTH + 1) })]),
      400,
      'value_too_deep',
    );
    const body = `{"cursor":null,"changes":[{"key":"k","hlc":"${formatHlc(Date.now(), 0, 'd')}","value":${'['.repeat(100_000)}${']'.repeat(100_000)}}]}`;
    const deep = await call('POST', '/v1/sync', {
      token,
      body,
      headers: { 'Content-Type': 'application/json' },
    });
    await expectError(deep, 400, 'value_too_deep');
    expect(await stored()).toEqual([]);
    expect((await push([change({ value: nested(MAX_VALUE_DEPTH - 1) })])).status).toBe(200);
  });

  it('a max or min change needs a number', async () => {
    const { push, change, stored } = await account();
    for (const merge of ['max', 'min'] as const) {
      for (const value of ['5', null, [5], { n: 5 }, true]) {
        await expectError(await push([change({ merge, value })]), 400, 'value_not_a_number');
      }
    }
    expect(await stored()).toEqual([]);
  });

  it('an hlc is `<15-digit ms>-<6-digit counter>-<device id>`', async () => {
    const { push, change, deviceId } = await account();
    for (const bad of [
      '',
      '12-3-x',
      `${Date.now()}-000000-${deviceId}`,
      formatHlc(1, 0, 'bad id!'),
    ]) {
      await expectError(await push([change({ hlc: bad })]), 400, 'invalid_hlc');
    }
  });

  it('an hlc more than 5 minutes ahead of the server’s clock is refused', async () => {
    const { push, change, deviceId, stored } = await account();
    const ahead = (ms: number) => formatHlc(Date.now() + ms, 0, deviceId);
    const response = await push([
      change({ key: 'fine' }),
      change({ key: 'future', hlc: ahead(MAX_CLOCK_SKEW_MS + 60_000) }),
    ]);
    const message = await expectError(response, 400, 'clock_skew');
    expect(message).toContain('changes[1]');
    expect(await stored()).toEqual([]);
    expect((await push([change({ hlc: ahead(MAX_CLOCK_SKEW_MS - 60_000) })])).status).toBe(200);
  });

  it('refuses unknown fields, unknown rules and missing fields in a change', async () => {
    const { push, change, stored } = await account();
    await expectError(await push([change({ deviceId: 'x' })]), 400, 'unknown_field');
    await expectError(await push([change({ merge: 'sum' as never })]), 400, 'invalid_request');
    const { value: _, ...withoutValue } = change();
    await expectError(await push([withoutValue]), 400, 'invalid_request');
    const { hlc: __, ...withoutHlc } = change();
    await expectError(await push([withoutHlc]), 400, 'invalid_request');
    await expectError(await push('not a list' as never), 400, 'invalid_request');
    expect(await stored()).toEqual([]);
  });

  it('writes a full request whole, even values that double in size when escaped', async () => {
    const { push, change, stored } = await account();
    // 15 values of 64,002 bytes of JSON each: a body just under 1 MiB, ~2 MB once escaped.
    const quotes = '"'.repeat((MAX_VALUE_BYTES - 1536) / 2);
    const changes = Array.from({ length: 15 }, (_, i) => change({ key: `q${i}`, value: quotes }));
    expect(JSON.stringify({ cursor: null, changes }).length).toBeGreaterThan(0.9 * 1024 * 1024);
    expect((await push(changes)).status).toBe(200);
    const values = (await stored()).map((c) => c.value);
    expect(values).toEqual(Array(15).fill(quotes));
  });

  it('applies a request all or nothing: one bad change among many writes none', async () => {
    const { push, change, stored } = await account();
    const changes = Array.from({ length: 999 }, (_, i) => change({ key: `ok${i}` }));
    changes.splice(500, 0, change({ key: 'bad', merge: 'max', value: 'x' }));
    await expectError(await push(changes), 400, 'value_not_a_number');
    expect(await stored()).toEqual([]);
  });
});
