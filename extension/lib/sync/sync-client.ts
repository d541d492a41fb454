/**
 * The sync server's endpoints as functions, called through Hono's typed client `hc<AppType>`:
 * paths, methods and request bodies are typed from the server's own route definitions
 * (worker/routes/*.routes.ts). Answers are checked with the same schemas the server declares
 * (shared/sync-protocol), since the server at a learner's URL may not be ours; every failure
 * becomes a `SyncError` that says what went wrong in words.
 */
import { hc } from 'hono/client';
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
  type ErrorCode,
  errorResponseSchema,
  listDevicesResponseSchema,
  type ReplaceRecoveryKeyResponse,
  replaceRecoveryKeyResponseSchema,
  type SyncRequest,
  type SyncResponse,
  syncResponseSchema,
} from '../../../shared/sync-protocol';
import type { AppType } from '../../../worker/app';
import { SyncError } from './sync-error';
import type { SyncAccount } from './sync-storage';

/** A request that takes longer than this counts as the server being unreachable. */
export const REQUEST_TIMEOUT_MS = 30_000;

type Api = ReturnType<typeof hc<AppType>>;

/** What `call` reads of an answer; the typed client's responses are typed more narrowly. */
type Answer = Pick<Response, 'ok' | 'status' | 'statusText' | 'headers' | 'json' | 'body'>;

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/**
 * Sends one request through the typed client and returns its answer checked with `response`
 * (or nothing, for an endpoint that answers 204).
 */
async function call<T = void>(
  serverUrl: string,
  token: string | undefined,
  request: (api: Api) => Promise<Answer>,
  response?: z.ZodType<T>,
): Promise<T> {
  const api = hc<AppType>(serverUrl, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    init: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
  });
  let answer: Answer;
  try {
    answer = await request(api);
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
  if (!answer.ok) throw await errorFrom(serverUrl, answer);
  if (!response) {
    await answer.body?.cancel();
    return undefined as T;
  }
  let body: unknown;
  try {
    body = await answer.json();
  } catch {
    throw notASyncServer(serverUrl, answer.status, 'its answer is not JSON');
  }
  const parsed = response.safeParse(body);
  if (!parsed.success) {
    throw notASyncServer(serverUrl, answer.status, parsed.error.issues[0]?.message ?? '');
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

async function errorFrom(serverUrl: string, response: Answer): Promise<SyncError> {
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
  if (status === 429) {
    const wait = retryAfterSeconds(response.headers.get('Retry-After'), Date.now());
    const why = message ?? 'The sync server asks this browser to slow down.';
    return new SyncError(
      'rate-limited',
      wait === null ? why : `${why} (try again in ${wait} s)`,
      code,
      status,
      wait,
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
  if (code !== null && ACCOUNT_FULL_CODES.has(code)) {
    return new SyncError(
      'quota',
      `The sync server holds as much of your account as it allows: ${message}`,
      code,
      status,
    );
  }
  return new SyncError('rejected', message, code, status);
}

/** The server's refusals for an account at one of its limits (docs/sync-protocol.md). */
const ACCOUNT_FULL_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'quota_exceeded',
  'too_many_devices',
]);

/** `Retry-After` in seconds: it is either a number of seconds or an HTTP date. */
function retryAfterSeconds(header: string | null, now: number): number | null {
  if (header === null) return null;
  if (/^\s*\d+\s*$/.test(header)) return Number(header);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/** `POST /v1/accounts`: a new account, with this browser as its first device. */
export function createAccount(
  serverUrl: string,
  deviceName: string,
): Promise<CreateAccountResponse> {
  return call(
    serverUrl,
    undefined,
    (api) => api.v1.accounts.$post({ json: { deviceName } }),
    createAccountResponseSchema,
  );
}

/** `POST /v1/devices`: joins an account with a pairing code or the recovery key. */
export function joinAccount(
  serverUrl: string,
  code: string,
  deviceName: string,
): Promise<AddDeviceResponse> {
  return call(
    serverUrl,
    undefined,
    (api) => api.v1.devices.$post({ json: { code, deviceName } }),
    addDeviceResponseSchema,
  );
}

/** `POST /v1/pairing-codes`: a short single-use code for another browser. */
export function createPairingCode(account: SyncAccount): Promise<CreatePairingCodeResponse> {
  return call(
    account.serverUrl,
    account.token,
    (api) => api.v1['pairing-codes'].$post(),
    createPairingCodeResponseSchema,
  );
}

export async function listDevices(account: SyncAccount): Promise<Device[]> {
  const { devices } = await call(
    account.serverUrl,
    account.token,
    (api) => api.v1.devices.$get(),
    listDevicesResponseSchema,
  );
  return devices;
}

export function renameDevice(
  account: SyncAccount,
  deviceId: string,
  name: string,
): Promise<Device> {
  return call(
    account.serverUrl,
    account.token,
    (api) =>
      api.v1.devices[':deviceId'].$patch({
        param: { deviceId: encodeURIComponent(deviceId) },
        json: { name },
      }),
    deviceSchema,
  );
}

export function revokeDevice(account: SyncAccount, deviceId: string): Promise<void> {
  return call(account.serverUrl, account.token, (api) =>
    api.v1.devices[':deviceId'].$delete({ param: { deviceId: encodeURIComponent(deviceId) } }),
  );
}

export function deleteAccount(account: SyncAccount): Promise<void> {
  return call(account.serverUrl, account.token, (api) => api.v1.account.$delete());
}

/** `POST /v1/account/recovery-key`: a new recovery key, shown once; the old one stops working. */
export function replaceRecoveryKey(account: SyncAccount): Promise<ReplaceRecoveryKeyResponse> {
  return call(
    account.serverUrl,
    account.token,
    (api) => api.v1.account['recovery-key'].$post(),
    replaceRecoveryKeyResponseSchema,
  );
}

/** `POST /v1/sync`: pushes `changes` and pulls one page of what changed after `cursor`. */
export function postSync(account: SyncAccount, request: SyncRequest): Promise<SyncResponse> {
  return call(
    account.serverUrl,
    account.token,
    (api) => api.v1.sync.$post({ json: request }),
    syncResponseSchema,
  );
}
