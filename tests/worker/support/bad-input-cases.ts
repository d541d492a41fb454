/**
 * The bad-input corpus: requests an abusive or broken client could send, each with the error
 * code docs/sync-protocol.md documents for it (its status comes from the same table). The
 * corpus is a function of the fixture (`bad-input-fixture.ts`), since many cases aim at real
 * tokens, devices, codes and registers. Groups:
 *
 * | group      | what is wrong                                                                |
 * | ---------- | ---------------------------------------------------------------------------- |
 * | body       | every body endpoint: not JSON, not UTF-8, wrong type, too large, too deep    |
 * | auth       | every authenticated endpoint: no, malformed, wrong, revoked, deleted tokens  |
 * | account    | another account's token, device ids and cursors                              |
 * | route      | paths and methods that are not endpoints                                     |
 * | sync       | cursors, changes, keys, values, numbers, rules, clocks of `POST /v1/sync`    |
 * | name       | device names: empty, long, control and bidirectional characters              |
 * | code       | pairing codes and recovery keys: wrong, used, expired, of a deleted account  |
 * | injection  | SQL, HTML, script, path traversal and bidi strings in every field            |
 * | limit      | each quota and rate limit, reached (first: the per-minute windows are open)  |
 */
import { formatHlc } from '../../../shared/hlc';
import type { ErrorCode } from '../../../shared/sync-protocol/error-codes';
import {
  MAX_BODY_BYTES,
  MAX_CHANGES_PER_SYNC,
  MAX_CLOCK_SKEW_MS,
  MAX_CODE_LENGTH,
  MAX_DEVICE_NAME_LENGTH,
  MAX_KEY_LENGTH,
  MAX_UNAUTHENTICATED_BODY_BYTES,
  MAX_VALUE_BYTES,
  MAX_VALUE_DEPTH,
} from '../../../shared/sync-protocol/limits';
import type { CorpusFixture } from './bad-input-fixture';

export interface BadRequest {
  method: string;
  path: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** The whole `Authorization` header, as sent (instead of `token`). */
  authorization?: string;
  /** Sent as `JSON.stringify(json)`. */
  json?: unknown;
  /** Sent as these exact characters (UTF-8) or bytes. */
  raw?: string | Uint8Array;
  /** Sent as a stream of chunks, with no `Content-Length`. */
  stream?: () => ReadableStream<Uint8Array>;
  /** `CF-Connecting-IP`; a fresh address unless given. */
  address?: string;
  /** `application/json` unless given here; `null` sends no `Content-Type`. */
  contentType?: string | null;
  headers?: Record<string, string>;
}

export interface BadInputCase extends BadRequest {
  group: string;
  name: string;
  code: ErrorCode;
}

/** Strings an attacker tries in every field. */
export const INJECTIONS = {
  'SQL: drop table': "'; DROP TABLE registers; --",
  'SQL: always true': '" OR "1"="1',
  'SQL: union': "x' UNION SELECT token_hash FROM devices --",
  'HTML: script': '<script>alert(1)</script>',
  'HTML: onerror': '<img src=x onerror="alert(document.cookie)">',
  'URL: javascript': 'javascript:alert(1)',
  'path traversal': '../../../../etc/passwd',
  'path traversal, Windows': '..\\..\\windows\\win.ini',
  'bidi: right-to-left override': '\u202etxt.exe',
  'bidi: isolates': '\u2067admin\u2069',
  'NUL byte': 'a\u0000b',
} as const;

const MIB = 1024 * 1024;
const enc = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: Array<string | number[]>) => {
  const chunks = parts.map((part) =>
    typeof part === 'string' ? enc(part) : Uint8Array.from(part),
  );
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
};
const utf16le = (text: string) => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 255;
    out[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
};
/** `size` bytes of spaces, streamed in 64 KiB chunks, with no Content-Length. */
const streamOf = (size: number) => () => {
  const chunk = enc(' '.repeat(64 * 1024));
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= size) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
};
const nestedArrays = (depth: number, inner = '0') =>
  `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;
const nestedObjects = (depth: number) => `${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}`;
const cursorOf = (text: string) =>
  btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

/** Requests to `POST /v1/sync` as `account`, with changes stamped by its device. */
function syncCases(account: { deviceId: string; token: string }) {
  const now = Date.now();
  const hlc = (offsetMs = 0, counter = 0) => formatHlc(now + offsetMs, counter, account.deviceId);
  const change = (fields: Record<string, unknown> = {}) => ({
    key: 'k',
    value: 1,
    hlc: hlc(),
    ...fields,
  });
  const sync = (body: unknown, token = account.token): BadRequest => ({
    method: 'POST',
    path: '/v1/sync',
    token,
    json: body,
  });
  const push = (...changes: unknown[]) => sync({ cursor: null, changes });
  /** A sync body written by hand, for what JSON.stringify cannot write (1e999, bad escapes). */
  const pushRaw = (changeJson: string): BadRequest => ({
    method: 'POST',
    path: '/v1/sync',
    token: account.token,
    raw: `{"cursor":null,"changes":[${changeJson}]}`,
  });
  const rawChange = (key: string, value: string, merge?: string) =>
    `{"key":${key},"value":${value},"hlc":"${hlc()}"${merge ? `,"merge":"${merge}"` : ''}}`;
  return { now, hlc, change, sync, push, pushRaw, rawChange };
}

export function badInputCases(f: CorpusFixture): BadInputCase[] {
  const cases: BadInputCase[] = [];
  const add = (group: string, name: string, code: ErrorCode, request: BadRequest) =>
    cases.push({ group, name, code, ...request });

  const owner = f.owner.token;
  const { sync, change } = syncCases(f.owner);

  // --- limit: every quota and rate limit, at its edge -------------------------------------------
  const { limits } = f;
  add('limit', 'a sync request over the per-minute rate of the account', 'too_many_requests', {
    ...syncCases(limits.busy).push(syncCases(limits.busy).change()),
  });
  add(
    'limit',
    'a right code, from an address that sent too many wrong ones',
    'too_many_pairing_attempts',
    {
      method: 'POST',
      path: '/v1/devices',
      json: { code: limits.rightCode, deviceName: 'Lucky guess' },
      address: limits.guessingAddress,
    },
  );
  add('limit', 'an account too many, from one address', 'too_many_accounts', {
    method: 'POST',
    path: '/v1/accounts',
    json: { deviceName: 'One more' },
    address: limits.creatingAddress,
  });
  add('limit', 'a push past the stored-bytes quota', 'quota_exceeded', {
    ...syncCases(limits.fullOfBytes).push(
      syncCases(limits.fullOfBytes).change({ value: 'x'.repeat(100) }),
    ),
  });
  add('limit', 'a new register past the registers quota', 'quota_exceeded', {
    ...syncCases(limits.fullOfRegisters).push(syncCases(limits.fullOfRegisters).change()),
  });
  add('limit', 'a join past the devices cap', 'too_many_devices', {
    method: 'POST',
    path: '/v1/devices',
    json: { code: limits.crowdedCode, deviceName: 'One too many' },
  });
  add('limit', 'a join with a pairing code past the joins per hour', 'too_many_joins', {
    method: 'POST',
    path: '/v1/devices',
    json: { code: limits.joined.code, deviceName: 'Once more' },
  });
  add('limit', 'a join with the recovery key past the joins per hour', 'too_many_joins', {
    method: 'POST',
    path: '/v1/devices',
    json: { code: limits.joined.recoveryKey, deviceName: 'Once more' },
  });

  // --- body: the same broken bodies at every endpoint that reads one -------------------------
  const bodyEndpoints: Array<{
    label: string;
    request: BadRequest;
    valid: Record<string, unknown>;
    /** The endpoint's body limit: smaller on the endpoints that need no token. */
    maxBytes: number;
  }> = [
    {
      label: 'POST /v1/sync',
      request: { method: 'POST', path: '/v1/sync', token: owner },
      valid: { cursor: null, changes: [] },
      maxBytes: MAX_BODY_BYTES,
    },
    {
      label: 'POST /v1/accounts',
      request: { method: 'POST', path: '/v1/accounts' },
      valid: { deviceName: 'Chrome' },
      maxBytes: MAX_UNAUTHENTICATED_BODY_BYTES,
    },
    {
      label: 'POST /v1/devices',
      request: { method: 'POST', path: '/v1/devices' },
      valid: { code: f.livePairingCode, deviceName: 'Chrome' },
      maxBytes: MAX_UNAUTHENTICATED_BODY_BYTES,
    },
    {
      label: 'PATCH /v1/devices/{id}',
      request: { method: 'PATCH', path: `/v1/devices/${f.owner.otherDeviceId}`, token: owner },
      valid: { name: 'Chrome' },
      maxBytes: MAX_BODY_BYTES,
    },
  ];
  for (const { label, request, valid, maxBytes } of bodyEndpoints) {
    const json = JSON.stringify(valid);
    const body = (
      name: string,
      code: ErrorCode,
      extra: BadRequest | Omit<BadRequest, 'method' | 'path'>,
    ) => add('body', `${label}: ${name}`, code, { ...request, ...extra });
    body('JSON cut short', 'invalid_json', { raw: json.slice(0, -1) });
    body('empty body', 'invalid_json', { raw: '' });
    body('trailing comma', 'invalid_json', { raw: `${json.slice(0, -1)},}` });
    body('single quotes', 'invalid_json', { raw: json.replaceAll('"', "'") });
    body('NaN literal', 'invalid_json', { raw: `${json.slice(0, -1)},"n":NaN}` });
    body('a comment', 'invalid_json', { raw: `/* hi */${json}` });
    body('bytes that are not UTF-8', 'invalid_json', {
      raw: bytes(json.slice(0, -2), [0xff, 0xfe], json.slice(-2)),
    });
    body('an overlong UTF-8 encoding of "/"', 'invalid_json', {
      raw: bytes(json.slice(0, -2), [0xc0, 0xaf], json.slice(-2)),
    });
    body('a UTF-8-encoded lone surrogate (CESU-8)', 'invalid_json', {
      raw: bytes(json.slice(0, -2), [0xed, 0xa0, 0x80], json.slice(-2)),
    });
    body('UTF-16 instead of UTF-8', 'invalid_json', { raw: utf16le(json) });
    body('Content-Type text/plain', 'unsupported_media_type', {
      raw: json,
      contentType: 'text/plain',
    });
    body('no Content-Type', 'unsupported_media_type', { raw: json, contentType: null });
    body('a form', 'unsupported_media_type', {
      raw: 'deviceName=Chrome',
      contentType: 'application/x-www-form-urlencoded',
    });
    body('multipart', 'unsupported_media_type', {
      raw: `--b\r\nContent-Disposition: form-data; name="deviceName"\r\n\r\nChrome\r\n--b--\r\n`,
      contentType: 'multipart/form-data; boundary=b',
    });
    body('a JSON look-alike type', 'unsupported_media_type', {
      raw: json,
      contentType: 'application/json-patch+json',
    });
    body(`a Content-Length of ${maxBytes} bytes and one`, 'body_too_large', {
      raw: json,
      headers: { 'Content-Length': String(maxBytes + 1) },
    });
    body(`${maxBytes} bytes and one of real body`, 'body_too_large', {
      raw: json + ' '.repeat(maxBytes + 1 - json.length),
    });
    body('1 MiB and one byte of real body', 'body_too_large', {
      raw: json + ' '.repeat(MAX_BODY_BYTES + 1 - json.length),
    });
    body('2 MiB streamed with no length', 'body_too_large', { stream: streamOf(2 * MIB) });
    body('null', 'invalid_request', { raw: 'null' });
    body('an array', 'invalid_request', { raw: `[${json}]` });
    body('a string', 'invalid_request', { raw: JSON.stringify(json) });
    body('1e999', 'invalid_request', { raw: '1e999' });
    body('1,000 levels of arrays', 'invalid_request', { raw: nestedArrays(1000) });
    const deep = nestedArrays(100_000);
    body(
      '100,000 levels of arrays',
      deep.length > maxBytes ? 'body_too_large' : 'invalid_request',
      { raw: deep },
    );
    body('an empty object', 'invalid_request', { raw: '{}' });
    body('an unknown field', 'unknown_field', { json: { ...valid, admin: true } });
    body('a "__proto__" field', 'unknown_field', {
      raw: `${json.slice(0, -1)},"__proto__":{"admin":true}}`,
    });
    body('a "constructor" field', 'unknown_field', { json: { ...valid, constructor: 'x' } });
  }

  // --- auth: every authenticated endpoint with every kind of bad token -----------------------
  const secret = owner.split('.')[1]!;
  const authed: Array<{ label: string; request: BadRequest }> = [
    { label: 'GET /v1/devices', request: { method: 'GET', path: '/v1/devices' } },
    { label: 'POST /v1/pairing-codes', request: { method: 'POST', path: '/v1/pairing-codes' } },
    {
      label: 'PATCH /v1/devices/{id}',
      request: {
        method: 'PATCH',
        path: `/v1/devices/${f.owner.otherDeviceId}`,
        json: { name: 'Renamed' },
      },
    },
    {
      label: 'DELETE /v1/devices/{id}',
      request: { method: 'DELETE', path: `/v1/devices/${f.owner.otherDeviceId}` },
    },
    { label: 'DELETE /v1/account', request: { method: 'DELETE', path: '/v1/account' } },
    {
      label: 'POST /v1/sync',
      request: { method: 'POST', path: '/v1/sync', json: { cursor: null, changes: [change()] } },
    },
  ];
  const tokens: Array<[string, ErrorCode, Pick<BadRequest, 'token' | 'authorization'>]> = [
    ['no Authorization header', 'missing_token', {}],
    ['Basic instead of Bearer', 'missing_token', { authorization: `Basic ${btoa('user:pass')}` }],
    ['Bearer with nothing after it', 'missing_token', { authorization: 'Bearer' }],
    ['two tokens', 'missing_token', { authorization: `Bearer ${owner} ${owner}` }],
    ['a token that is not one', 'invalid_token', { token: 'nonsense' }],
    [
      'the right device, a wrong secret',
      'invalid_token',
      {
        token: `${f.owner.deviceId}.${secret[0] === 'A' ? 'B' : 'A'}${secret.slice(1)}`,
      },
    ],
    [
      'an unknown device, the right secret',
      'invalid_token',
      { token: `${'0'.repeat(32)}.${secret}` },
    ],
    ['a revoked device', 'invalid_token', { token: f.revokedToken }],
    ['a deleted account', 'invalid_token', { token: f.deleted.token }],
    ['8 KiB of token', 'invalid_token', { token: 'A'.repeat(8192) }],
  ];
  for (const { label, request } of authed) {
    for (const [name, code, auth] of tokens)
      add('auth', `${label}: ${name}`, code, { ...request, ...auth });
  }

  // --- account: another account's token, ids and cursors --------------------------------------
  const stranger = f.stranger.token;
  add('account', "another account renames the owner's device", 'device_not_found', {
    method: 'PATCH',
    path: `/v1/devices/${f.owner.otherDeviceId}`,
    token: stranger,
    json: { name: 'Mine now' },
  });
  add('account', "another account revokes the owner's device", 'device_not_found', {
    method: 'DELETE',
    path: `/v1/devices/${f.owner.deviceId}`,
    token: stranger,
  });
  add('account', "another account syncs from the owner's cursor", 'invalid_cursor', {
    ...sync({ cursor: f.owner.cursor, changes: [] }, stranger),
  });
  add('account', "the owner syncs from another account's cursor", 'invalid_cursor', {
    ...sync({ cursor: f.stranger.cursor, changes: [change()] }),
  });
  add('account', "the owner syncs from a deleted account's cursor", 'invalid_cursor', {
    ...sync({ cursor: f.deleted.cursor, changes: [] }),
  });
  add('account', 'a cursor ahead of the account', 'invalid_cursor', {
    ...sync({ cursor: cursorOf(`${f.owner.accountId}:999999`), changes: [] }),
  });
  add('account', 'rename a device that does not exist', 'device_not_found', {
    method: 'PATCH',
    path: `/v1/devices/${'f'.repeat(32)}`,
    token: owner,
    json: { name: 'Ghost' },
  });
  add('account', 'revoke a device that does not exist', 'device_not_found', {
    method: 'DELETE',
    path: `/v1/devices/${'f'.repeat(32)}`,
    token: owner,
  });
  add('account', 'revoke a device id of 4,000 characters', 'device_not_found', {
    method: 'DELETE',
    path: `/v1/devices/${'a'.repeat(4000)}`,
    token: owner,
  });
  add('account', "the revoked device's id", 'device_not_found', {
    method: 'DELETE',
    path: `/v1/devices/${f.revokedToken.split('.')[0]}`,
    token: owner,
  });

  // --- route: not endpoints ------------------------------------------------------------------
  for (const [method, path] of [
    ['GET', '/v1/sync'],
    ['PUT', '/v1/sync'],
    ['POST', '/v1/Sync'],
    ['POST', '/v2/sync'],
    ['POST', '/v1/sync/extra'],
    ['GET', '/v1/account'],
    ['PUT', '/v1/devices'],
    ['POST', '/v1/devices/x/y'],
    ['GET', '/v1/..%2Fwrangler.toml'],
    ['GET', '/.env'],
  ] as const) {
    add('route', `${method} ${path}`, 'not_found', {
      method,
      path,
      token: owner,
      json: { cursor: null, changes: [] },
    });
  }

  // The sync cases, as an account of their own (see CorpusFixture.syncTargets).
  {
    const target = f.syncTargets.sync;
    const { now, sync, push, pushRaw, change, hlc, rawChange } = syncCases(target);

    // --- sync: cursors -------------------------------------------------------------------------
    add('sync', 'no cursor', 'invalid_request', sync({ changes: [] }));
    add('sync', 'a number as cursor', 'invalid_request', sync({ cursor: 5, changes: [] }));
    add('sync', 'an object as cursor', 'invalid_request', sync({ cursor: {}, changes: [] }));
    add('sync', '1e999 as cursor', 'invalid_request', {
      ...sync(undefined),
      json: undefined,
      raw: '{"cursor":1e999,"changes":[]}',
    });
    add('sync', 'an empty cursor', 'invalid_cursor', sync({ cursor: '', changes: [] }));
    add('sync', 'a made-up cursor', 'invalid_cursor', sync({ cursor: 'abc', changes: [] }));
    add(
      'sync',
      'a cursor of 10,000 characters',
      'invalid_cursor',
      sync({ cursor: 'A'.repeat(10_000), changes: [] }),
    );
    add(
      'sync',
      'a cursor with a negative seq',
      'invalid_cursor',
      sync({
        cursor: cursorOf(`${target.accountId}:-1`),
        changes: [],
      }),
    );
    add('sync', 'a duplicated "cursor" field, the last one bad', 'invalid_cursor', {
      ...sync(undefined),
      json: undefined,
      raw: '{"cursor":null,"changes":[],"cursor":"bogus"}',
    });

    // --- sync: the list of changes ---------------------------------------------------------------
    add('sync', 'no changes field', 'invalid_request', sync({ cursor: null }));
    add('sync', 'changes is null', 'invalid_request', sync({ cursor: null, changes: null }));
    add(
      'sync',
      'changes is an object',
      'invalid_request',
      sync({ cursor: null, changes: { 0: change() } }),
    );
    add('sync', 'a change that is a number', 'invalid_request', push(1));
    add('sync', 'a change that is null', 'invalid_request', push(null));
    add(
      'sync',
      `${MAX_CHANGES_PER_SYNC + 1} changes`,
      'too_many_changes',
      push(...Array.from({ length: MAX_CHANGES_PER_SYNC + 1 }, (_, i) => change({ key: `k${i}` }))),
    );
    add(
      'sync',
      'a good change, then a bad one',
      'value_too_large',
      push(change({ key: 'fine' }), change({ key: 'too-big', value: 'x'.repeat(MAX_VALUE_BYTES) })),
    );
    add('sync', 'an unknown field in a change', 'unknown_field', push(change({ colour: 'red' })));

    // --- sync: keys ----------------------------------------------------------------------------
    add('sync', 'no key', 'invalid_request', push({ value: 1, hlc: hlc() }));
    add('sync', 'a number as key', 'invalid_request', push(change({ key: 5 })));
    add('sync', 'null as key', 'invalid_request', push(change({ key: null })));
    add('sync', 'an empty key', 'key_empty', push(change({ key: '' })));
    add(
      'sync',
      `a key of ${MAX_KEY_LENGTH + 1} characters`,
      'key_too_long',
      push(change({ key: 'k'.repeat(MAX_KEY_LENGTH + 1) })),
    );
    add(
      'sync',
      'a key of 300,000 characters',
      'key_too_long',
      push(change({ key: 'k'.repeat(300_000) })),
    );
    add(
      'sync',
      'a key with a lone high surrogate',
      'key_malformed',
      pushRaw(rawChange('"a\\ud800b"', '1')),
    );
    add(
      'sync',
      'a key with a lone low surrogate',
      'key_malformed',
      pushRaw(rawChange('"\\udc00"', '1')),
    );
    add(
      'sync',
      'a key with a surrogate pair reversed',
      'key_malformed',
      pushRaw(rawChange('"\\udc00\\ud800"', '1')),
    );
    add(
      'sync',
      'a key ending in half a pair',
      'key_malformed',
      pushRaw(rawChange('"status:\\ud83d"', '1')),
    );

    // --- sync: values --------------------------------------------------------------------------
    add('sync', 'no value', 'invalid_request', push({ key: 'k', hlc: hlc() }));
    add(
      'sync',
      `a value of ${MAX_VALUE_BYTES} bytes and one`,
      'value_too_large',
      push(change({ value: 'x'.repeat(MAX_VALUE_BYTES - 1) })),
    );
    add(
      'sync',
      'a value of 900 KB',
      'value_too_large',
      push(change({ value: 'x'.repeat(900_000) })),
    );
    add(
      'sync',
      'a value of 40,000 small array items',
      'value_too_large',
      push(change({ value: Array(40_000).fill(1) })),
    );
    add('sync', `a value ${MAX_VALUE_DEPTH + 1} levels deep`, 'value_too_deep', {
      ...pushRaw(rawChange('"k"', nestedArrays(MAX_VALUE_DEPTH + 1))),
    });
    add(
      'sync',
      'a value 100,000 arrays deep',
      'value_too_deep',
      pushRaw(rawChange('"k"', nestedArrays(100_000))),
    );
    add(
      'sync',
      'a value 20,000 objects deep',
      'value_too_deep',
      pushRaw(rawChange('"k"', nestedObjects(20_000))),
    );
    add('sync', 'an lww value of 1e999', 'value_not_finite', pushRaw(rawChange('"k"', '1e999')));
    add('sync', 'an lww value of -1e999', 'value_not_finite', pushRaw(rawChange('"k"', '-1e999')));
    add(
      'sync',
      '1e999 inside an array',
      'value_not_finite',
      pushRaw(rawChange('"k"', '[1,2,1e999]')),
    );
    add(
      'sync',
      '1e999 inside an object',
      'value_not_finite',
      pushRaw(rawChange('"k"', '{"a":{"b":1e999}}')),
    );
    add(
      'sync',
      'a max value of 1e999',
      'value_not_finite',
      pushRaw(rawChange(JSON.stringify(f.keys.max), '1e999', 'max')),
    );
    add(
      'sync',
      'a min value of -1e999',
      'value_not_finite',
      pushRaw(rawChange(JSON.stringify(f.keys.min), '-1e999', 'min')),
    );

    // --- sync: merge rules -----------------------------------------------------------------------
    add(
      'sync',
      'a max change with a string',
      'value_not_a_number',
      push(change({ key: f.keys.max, value: 'far', merge: 'max' })),
    );
    add(
      'sync',
      'a max change with a numeric string',
      'value_not_a_number',
      push(change({ key: f.keys.max, value: '5', merge: 'max' })),
    );
    add(
      'sync',
      'a min change with null',
      'value_not_a_number',
      push(change({ key: f.keys.min, value: null, merge: 'min' })),
    );
    add(
      'sync',
      'a max change with an array',
      'value_not_a_number',
      push(change({ key: f.keys.max, value: [5], merge: 'max' })),
    );
    add('sync', 'merge "LWW" in capitals', 'invalid_request', push(change({ merge: 'LWW' })));
    add('sync', 'merge "avg"', 'invalid_request', push(change({ merge: 'avg' })));
    add('sync', 'merge null', 'invalid_request', push(change({ merge: null })));
    add('sync', 'merge 1', 'invalid_request', push(change({ merge: 1 })));
    add(
      'sync',
      'lww on a key stored as max',
      'merge_rule_changed',
      push(change({ key: f.keys.max, value: 1 })),
    );
    add(
      'sync',
      'min on a key stored as max',
      'merge_rule_changed',
      push(change({ key: f.keys.max, value: 1, merge: 'min' })),
    );
    add(
      'sync',
      'max on a key stored as min',
      'merge_rule_changed',
      push(change({ key: f.keys.min, value: 9e15, merge: 'max' })),
    );
    add(
      'sync',
      'max on a key stored as lww',
      'merge_rule_changed',
      push(change({ key: f.keys.lww, value: 1, merge: 'max' })),
    );

    // --- sync: clocks ----------------------------------------------------------------------------
    const deviceId = target.deviceId;
    for (const [name, bad] of [
      ['an empty hlc', ''],
      ['"now"', 'now'],
      ['milliseconds only', String(now).padStart(15, '0')],
      ['14-digit milliseconds', `${String(now).padStart(14, '0')}-000000-${deviceId}`],
      ['a counter with letters', `${String(now).padStart(15, '0')}-00000a-${deviceId}`],
      ['a negative time', `-${String(now).padStart(14, '0')}-000000-${deviceId}`],
      ['a device id of 65 characters', `${String(now).padStart(15, '0')}-000000-${'a'.repeat(65)}`],
      ['a device id with a dot', `${String(now).padStart(15, '0')}-000000-${deviceId}.x`],
      ['a trailing newline', `${hlc()}\n`],
    ] as const) {
      add('sync', `hlc: ${name}`, 'invalid_hlc', push(change({ hlc: bad })));
    }
    add('sync', 'hlc: a number', 'invalid_request', push(change({ hlc: now })));
    add(
      'sync',
      // Far enough past the limit that the time the corpus takes to run never brings it back in.
      'an hlc 35 minutes ahead',
      'clock_skew',
      push(change({ hlc: hlc(MAX_CLOCK_SKEW_MS + 30 * 60_000) })),
    );
    add(
      'sync',
      'an hlc in the year 9999',
      'clock_skew',
      push(change({ hlc: formatHlc(253402300799999, 0, deviceId) })),
    );
    add(
      'sync',
      'the largest hlc there is',
      'clock_skew',
      push(change({ hlc: `${'9'.repeat(15)}-999999-${deviceId}` })),
    );
    add(
      'sync',
      'a future hlc after a good change',
      'clock_skew',
      push(
        change({ key: 'fine' }),
        change({ key: f.keys.lww, value: 'mine forever', hlc: hlc(365 * 24 * 3_600_000) }),
      ),
    );
  }

  // --- name: device names at the three endpoints that take one ---------------------------------
  const nameAt: Array<[string, (name: unknown) => BadRequest]> = [
    [
      'create account',
      (deviceName) => ({ method: 'POST', path: '/v1/accounts', json: { deviceName } }),
    ],
    [
      'join with a live code',
      (deviceName) => ({
        method: 'POST',
        path: '/v1/devices',
        json: { code: f.livePairingCode, deviceName },
      }),
    ],
    [
      'rename',
      (name) => ({
        method: 'PATCH',
        path: `/v1/devices/${f.owner.otherDeviceId}`,
        token: owner,
        json: { name },
      }),
    ],
  ];
  const names: Array<[string, ErrorCode, unknown]> = [
    ['missing', 'invalid_request', undefined],
    ['a number', 'invalid_request', 5],
    ['null', 'invalid_request', null],
    ['empty', 'device_name_empty', ''],
    ['only spaces, tabs and newlines', 'device_name_empty', ' \t\n  '],
    [
      `${MAX_DEVICE_NAME_LENGTH + 1} characters`,
      'device_name_too_long',
      'n'.repeat(MAX_DEVICE_NAME_LENGTH + 1),
    ],
    ['a bell character', 'device_name_invalid', 'Chrome\u0007at work'],
    ['a NUL character', 'device_name_invalid', 'Chrome\u0000at work'],
    ['a terminal escape sequence', 'device_name_invalid', 'Chrome \u001b[31mat work'],
    ['a right-to-left override', 'device_name_invalid', 'Chrome \u202ekrow ta'],
    ['a bidi isolate', 'device_name_invalid', 'Chrome \u2066at work\u2069'],
    ['a zero-width space', 'device_name_invalid', 'Chrome\u200bat work'],
    ['a byte order mark inside', 'device_name_invalid', 'Chrome\ufeffat work'],
  ];
  for (const [where, request] of nameAt) {
    for (const [name, code, value] of names) {
      const built = request(value);
      if (value === undefined)
        built.json = Object.fromEntries(
          Object.entries(built.json as object).filter(([, v]) => v !== undefined),
        );
      add('name', `${where}: a device name ${name}`, code, built);
    }
  }

  // --- code: joining with codes that do not work -----------------------------------------------
  const join = (code: unknown): BadRequest => ({
    method: 'POST',
    path: '/v1/devices',
    json: { code, deviceName: 'Intruder' },
  });
  const changedKey = f.owner.recoveryKey.replace(/^./, (c) => (c === '0' ? '1' : '0'));
  add('code', 'no code', 'invalid_request', {
    method: 'POST',
    path: '/v1/devices',
    json: { deviceName: 'Intruder' },
  });
  add('code', 'a number as code', 'invalid_request', join(1234567890));
  add('code', 'an empty code', 'invalid_request', join(''));
  add(
    'code',
    `a code of ${MAX_CODE_LENGTH + 1} characters`,
    'invalid_request',
    join('7'.repeat(MAX_CODE_LENGTH + 1)),
  );
  add('code', 'a pairing code used once already', 'invalid_code', join(f.usedPairingCode));
  add(
    'code',
    'the used pairing code, typed differently',
    'invalid_code',
    join(f.usedPairingCode.toLowerCase().replace('-', ' ')),
  );
  add('code', 'an expired pairing code', 'invalid_code', join(f.expiredPairingCode));
  add('code', 'a made-up pairing code', 'invalid_code', join('00000-00000'));
  add('code', 'the recovery key with one character changed', 'invalid_code', join(changedKey));
  add('code', "a deleted account's recovery key", 'invalid_code', join(f.deleted.recoveryKey));
  add('code', 'a code of neither length', 'invalid_code', join('7KQ2M-XR4TD-9'));
  add('code', 'a code with characters outside base32', 'invalid_code', join('7KQ2M-XR4T!'));
  add(
    'code',
    'a device token instead of a code',
    'invalid_code',
    join(owner.slice(0, MAX_CODE_LENGTH)),
  );

  // --- injection: each string in every field where it is wrong --------------------------------
  const injection = syncCases(f.syncTargets.injection);
  for (const [label, text] of Object.entries(INJECTIONS)) {
    const at = (field: string) => `${label} in ${field}`;
    add('injection', at('hlc'), 'invalid_hlc', injection.push(injection.change({ hlc: text })));
    add(
      'injection',
      at('merge'),
      'invalid_request',
      injection.push(injection.change({ merge: text })),
    );
    add(
      'injection',
      at('cursor'),
      'invalid_cursor',
      injection.sync({ cursor: text, changes: [injection.change()] }),
    );
    add(
      'injection',
      at('a key of a max change without a number'),
      'value_not_a_number',
      injection.push(injection.change({ key: text, value: 'x', merge: 'max' })),
    );
    add(
      'injection',
      at('the value of a max change'),
      'value_not_a_number',
      injection.push(injection.change({ key: f.keys.max, value: text, merge: 'max' })),
    );
    add(
      'injection',
      at('a field name'),
      'unknown_field',
      injection.push(injection.change({ [text]: 1 })),
    );
    add('injection', at('the pairing code'), 'invalid_code', join(text));
    add('injection', at('a device id to rename'), 'device_not_found', {
      method: 'PATCH',
      path: `/v1/devices/${encodeURIComponent(text)}`,
      token: owner,
      json: { name: 'Renamed' },
    });
    add('injection', at('a device id to revoke'), 'device_not_found', {
      method: 'DELETE',
      path: `/v1/devices/${encodeURIComponent(text)}`,
      token: owner,
    });
    add('injection', at('a device name too long'), 'device_name_too_long', {
      method: 'POST',
      path: '/v1/accounts',
      json: { deviceName: `${text}${'x'.repeat(MAX_DEVICE_NAME_LENGTH)}` },
    });
    // Header values are bytes: only the strings a header can carry.
    if (/^[\x20-\x7e]*$/.test(text)) {
      add(
        'injection',
        at('the bearer token'),
        /\s/.test(text) ? 'missing_token' : 'invalid_token',
        {
          method: 'GET',
          path: '/v1/devices',
          authorization: `Bearer ${text}`,
        },
      );
    }
  }
  return cases;
}
