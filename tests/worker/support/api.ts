import { env, exports } from 'cloudflare:workers';
import { expect } from 'vitest';
import { formatHlc } from '../../../shared/hlc';
import type { Change } from '../../../shared/register';
import type { CreateAccountResponse } from '../../../shared/sync-protocol/accounts';
import type { AddDeviceResponse } from '../../../shared/sync-protocol/devices';
import type { SyncResponse } from '../../../shared/sync-protocol/sync';

export const SERVER = 'http://sync.test';

let addresses = 0;
/** A client address no other call has used, so rate limits of one test never touch another. */
export function freshAddress(): string {
  addresses += 1;
  return `10.${(addresses >> 16) & 255}.${(addresses >> 8) & 255}.${addresses & 255}`;
}

export interface CallOptions {
  token?: string;
  /** Sent as JSON with `Content-Type: application/json`. */
  json?: unknown;
  /** Sent as is, with only the headers given. */
  body?: BodyInit;
  headers?: Record<string, string>;
  /** `CF-Connecting-IP`; a fresh one by default. */
  address?: string;
}

/** The request a browser would send, for `call` and for an app with other `[vars]`. */
export function requestInit(method: string, options: CallOptions = {}): RequestInit {
  const headers: Record<string, string> = {
    'CF-Connecting-IP': options.address ?? freshAddress(),
    ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
    ...(options.json !== undefined ? { 'Content-Type': 'application/json' } : {}),
    ...options.headers,
  };
  const body = options.json !== undefined ? JSON.stringify(options.json) : options.body;
  return { method, headers, body };
}

/** One request to the Worker, as a browser would send it. */
export function call(method: string, path: string, options: CallOptions = {}): Promise<Response> {
  return exports.default.fetch(`${SERVER}${path}`, requestInit(method, options));
}

/** Asserts an error response: its status, its code, and the error shape. */
export async function expectError(response: Response, status: number, code: string) {
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect({ status: response.status, code: body.error?.code }).toEqual({ status, code });
  expect(body).toEqual({ error: { code, message: expect.any(String) } });
  expect(body.error.message.length).toBeGreaterThan(10);
  return body.error.message;
}

async function expectJson<T>(response: Response, status: number): Promise<T> {
  const body = await response.text();
  expect(response.status, body).toBe(status);
  return JSON.parse(body) as T;
}

export async function createAccount(
  deviceName = 'Chrome at work',
  address?: string,
): Promise<CreateAccountResponse> {
  const response = await call('POST', '/v1/accounts', { json: { deviceName }, address });
  return expectJson<CreateAccountResponse>(response, 201);
}

export async function createPairingCode(
  token: string,
): Promise<{ code: string; expiresAt: string }> {
  return expectJson(await call('POST', '/v1/pairing-codes', { token }), 201);
}

/** Adds a browser to the account of `token` through a fresh pairing code. */
export async function pairDevice(token: string, deviceName = 'Firefox at home') {
  const { code } = await createPairingCode(token);
  const response = await call('POST', '/v1/devices', { json: { code, deviceName } });
  return expectJson<AddDeviceResponse>(response, 201);
}

export async function sync(
  token: string,
  cursor: string | null,
  changes: Change[] = [],
): Promise<SyncResponse> {
  return expectJson<SyncResponse>(
    await call('POST', '/v1/sync', { token, json: { cursor, changes } }),
    200,
  );
}

/** Pulls page after page until `more` is false, as a client does. */
export async function syncAll(token: string, cursor: string | null, changes: Change[] = []) {
  let page = await sync(token, cursor, changes);
  const all = [...page.changes];
  let pages = 1;
  while (page.more) {
    page = await sync(token, page.cursor);
    all.push(...page.changes);
    pages += 1;
  }
  return { cursor: page.cursor, changes: all, pages };
}

/** An HLC of `deviceId` at the server's now plus `offsetMs`. */
export function hlc(deviceId: string, offsetMs = 0, counter = 0): string {
  return formatHlc(Date.now() + offsetMs, counter, deviceId);
}

/** The account's rows in every table, by table (rate_limits rows hold no account data). */
export async function rowsOfAccount(accountId: string): Promise<Record<string, number>> {
  const tables = {
    accounts: 'SELECT COUNT(*) AS n FROM accounts WHERE id = ?',
    devices: 'SELECT COUNT(*) AS n FROM devices WHERE account_id = ?',
    pairing_codes: 'SELECT COUNT(*) AS n FROM pairing_codes WHERE account_id = ?',
    registers: 'SELECT COUNT(*) AS n FROM registers WHERE account_id = ?',
  };
  const counts: Record<string, number> = {};
  for (const [table, query] of Object.entries(tables)) {
    counts[table] = (await env.DB.prepare(query).bind(accountId).first<number>('n')) ?? 0;
  }
  return counts;
}
