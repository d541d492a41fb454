/**
 * The sync server's endpoints as functions. Requests and answers are checked with the same
 * schemas the server validates with (shared/sync-protocol), so the two cannot drift; every
 * failure becomes a `SyncError` that says what went wrong in words.
 */
import type { z } from 'zod';
import {
  type AddDeviceResponse,
  addDeviceResponseSchema,
  type CreateAccountResponse,
  type CreatePairingCodeResponse,
  createAccountResponseSchema,
  createPairingCodeResponseSchema,
  type Device,
  deviceSchema,
  errorResponseSchema,
  listDevicesResponseSchema,
  type SyncRequest,
  type SyncResponse,
  syncResponseSchema,
} from '../../../shared/sync-protocol';
import { SyncError } from './sync-error';
import type { SyncAccount } from './sync-storage';

/** A request that takes longer than this counts as the server being unreachable. */
export const REQUEST_TIMEOUT_MS = 30_000;

interface CallOptions<T> {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  token?: string;
  body?: unknown;
  response?: z.ZodType<T>;
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

async function call<T>(serverUrl: string, path: string, options: CallOptions<T>): Promise<T> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(`${serverUrl}${path}`, {
      method: options.method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    if (isOffline()) throw new SyncError('offline', 'You are offline.');
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw new SyncError(
      'unreachable',
      timedOut
        ? `The sync server at ${serverUrl} did not answer within ${REQUEST_TIMEOUT_MS / 1000} s.`
        : `Could not reach the sync server at ${serverUrl}.`,
    );
  }
  if (!response.ok) throw await errorFrom(serverUrl, response);
  if (!options.response) {
    await response.body?.cancel();
    return undefined as T;
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw notASyncServer(serverUrl, response.status, 'its answer is not JSON');
  }
  const parsed = options.response.safeParse(body);
  if (!parsed.success) {
    throw notASyncServer(serverUrl, response.status, parsed.error.issues[0]?.message ?? '');
  }
  return parsed.data;
}

function notASyncServer(serverUrl: string, status: number, detail: string): SyncError {
  return new SyncError(
    'bad-response',
    `The server at ${serverUrl} did not answer like a Readalong sync server (${detail}).`,
    null,
    status,
  );
}

async function errorFrom(serverUrl: string, response: Response): Promise<SyncError> {
  const { status } = response;
  let code: string | null = null;
  let message: string | null = null;
  try {
    const parsed = errorResponseSchema.safeParse(await response.json());
    if (parsed.success) ({ code, message } = parsed.data.error);
  } catch {
    // Not JSON: not our server, or a proxy in front of it.
  }
  if (status === 401) {
    return new SyncError(
      'unauthorized',
      message ?? 'The sync server no longer accepts this browser.',
      code,
      status,
    );
  }
  if (status >= 500) {
    return new SyncError(
      'server',
      `The sync server failed (${status}${message ? `: ${message.replace(/\.$/, '')}` : ''}). Sync will try again.`,
      code,
      status,
    );
  }
  if (message === null) {
    return new SyncError(
      'rejected',
      `The server at ${serverUrl} answered ${status} ${response.statusText}: is it a Readalong sync server?`,
      null,
      status,
    );
  }
  const retryAfter = status === 429 ? response.headers.get('Retry-After') : null;
  return new SyncError(
    'rejected',
    retryAfter ? `${message} (try again in ${retryAfter} s)` : message,
    code,
    status,
  );
}

/** `POST /v1/accounts`: a new account, with this browser as its first device. */
export function createAccount(
  serverUrl: string,
  deviceName: string,
): Promise<CreateAccountResponse> {
  return call(serverUrl, '/v1/accounts', {
    method: 'POST',
    body: { deviceName },
    response: createAccountResponseSchema,
  });
}

/** `POST /v1/devices`: joins an account with a pairing code or the recovery key. */
export function joinAccount(
  serverUrl: string,
  code: string,
  deviceName: string,
): Promise<AddDeviceResponse> {
  return call(serverUrl, '/v1/devices', {
    method: 'POST',
    body: { code, deviceName },
    response: addDeviceResponseSchema,
  });
}

/** `POST /v1/pairing-codes`: a short single-use code for another browser. */
export function createPairingCode(account: SyncAccount): Promise<CreatePairingCodeResponse> {
  return call(account.serverUrl, '/v1/pairing-codes', {
    method: 'POST',
    token: account.token,
    response: createPairingCodeResponseSchema,
  });
}

export async function listDevices(account: SyncAccount): Promise<Device[]> {
  const { devices } = await call(account.serverUrl, '/v1/devices', {
    method: 'GET',
    token: account.token,
    response: listDevicesResponseSchema,
  });
  return devices;
}

export function renameDevice(
  account: SyncAccount,
  deviceId: string,
  name: string,
): Promise<Device> {
  return call(account.serverUrl, `/v1/devices/${encodeURIComponent(deviceId)}`, {
    method: 'PATCH',
    token: account.token,
    body: { name },
    response: deviceSchema,
  });
}

export function revokeDevice(account: SyncAccount, deviceId: string): Promise<void> {
  return call(account.serverUrl, `/v1/devices/${encodeURIComponent(deviceId)}`, {
    method: 'DELETE',
    token: account.token,
  });
}

export function deleteAccount(account: SyncAccount): Promise<void> {
  return call(account.serverUrl, '/v1/account', { method: 'DELETE', token: account.token });
}

/** `POST /v1/sync`: pushes `changes` and pulls one page of what changed after `cursor`. */
export function postSync(account: SyncAccount, request: SyncRequest): Promise<SyncResponse> {
  return call(account.serverUrl, '/v1/sync', {
    method: 'POST',
    token: account.token,
    body: request,
    response: syncResponseSchema,
  });
}
