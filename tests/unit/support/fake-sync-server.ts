/**
 * An in-memory stand-in for the sync server's `/v1/*` endpoints, as a `fetch`. It checks every
 * request with the shared schemas (so the client's requests must match the contract), merges
 * with the shared register rule, and pages pulls by a sequence-number cursor, like the worker.
 */
import { parseHlc } from '../../../shared/hlc';
import { mergeRegister, type Register } from '../../../shared/register';
import { renameDeviceRequestSchema, syncRequestSchema } from '../../../shared/sync-protocol';
import { MAX_CLOCK_SKEW_MS } from '../../../shared/sync-protocol/limits';

interface Stored {
  register: Register;
  seq: number;
}

/** What to do with the next request instead of answering it: an answer, or a network failure. */
export type Interruption =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | 'network';

export class FakeSyncServer {
  readonly url = 'https://sync.test';
  registers = new Map<string, Stored>();
  seq = 0;
  pageSize = 500;
  /** Device tokens that are valid (and the device's name or id), by token. */
  tokens = new Map<string, string>([['token-a', 'dev-a']]);
  /** Device ids, by token; a device not listed here is `id-<its name>`. */
  deviceIds = new Map<string, string>();
  /** Every request that reached the server (`METHOD /path`), in order. */
  requests: string[] = [];
  /** Every `/v1/sync` request body, in order. */
  syncRequests: Array<{ cursor: string | null; changes: { key: string; hlc: string }[] }> = [];
  /** Answers the next requests with these instead (one each). */
  interruptions: Interruption[] = [];
  /** How far this server's clock runs ahead of `Date.now()` (ms), told in `serverTime`. */
  clockAhead = 0;
  /** The account's recovery key (the fake has one account). */
  recoveryKey = 'RK12-3456-7890-ABCD';
  /** While true, a sync request that pushes changes is refused as over the account's quota. */
  accountFull = false;
  /** Runs while a sync request is "in flight", before it is answered. */
  whileInFlight: (() => Promise<void>) | null = null;

  fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    this.requests.push(`${init?.method ?? 'GET'} ${url.pathname}`);
    const interruption = this.interruptions.shift();
    if (interruption === 'network') throw new TypeError('Failed to fetch');
    if (interruption) {
      return json(interruption.status, interruption.body ?? null, interruption.headers);
    }
    if (url.pathname === '/v1/accounts' && init?.method === 'POST') {
      const { deviceName } = JSON.parse(String(init.body)) as { deviceName: string };
      const token = `token-${this.tokens.size + 1}`;
      this.tokens.set(token, deviceName);
      return json(201, {
        accountId: 'acc-1',
        deviceId: `dev-${this.tokens.size}`,
        token,
        recoveryKey: this.recoveryKey,
      });
    }
    const token = new Headers(init?.headers).get('Authorization')?.replace(/^Bearer /, '');
    if (!token || !this.tokens.has(token)) {
      return json(401, { error: { code: 'invalid_token', message: 'This token is not valid.' } });
    }
    if (url.pathname === '/v1/devices' && (init?.method ?? 'GET') === 'GET') {
      const at = new Date(0).toISOString();
      return json(200, {
        devices: [...this.tokens].map(([deviceToken, name]) => ({
          deviceId: this.deviceIdOf(deviceToken),
          name,
          createdAt: at,
          lastSeenAt: at,
          current: deviceToken === token,
        })),
      });
    }
    const renamed = /^\/v1\/devices\/([^/]+)$/.exec(url.pathname);
    if (renamed && init?.method === 'PATCH') {
      const deviceId = decodeURIComponent(renamed[1]!);
      const owner = [...this.tokens.keys()].find((t) => this.deviceIdOf(t) === deviceId);
      const body = renameDeviceRequestSchema.safeParse(JSON.parse(String(init.body)));
      if (!owner || !body.success) {
        return json(404, { error: { code: 'not_found', message: 'No such device.' } });
      }
      this.deviceIds.set(owner, deviceId);
      this.tokens.set(owner, body.data.name);
      const at = new Date(0).toISOString();
      return json(200, {
        deviceId,
        name: body.data.name,
        createdAt: at,
        lastSeenAt: at,
        current: owner === token,
      });
    }
    if (url.pathname === '/v1/account/recovery-key' && init?.method === 'POST') {
      this.recoveryKey = `RK${String(this.requests.length).padStart(2, '0')}-NEW0-KEY0-WXYZ`;
      return json(201, { recoveryKey: this.recoveryKey });
    }
    if (url.pathname === '/v1/sync' && init?.method === 'POST') {
      const parsed = syncRequestSchema.safeParse(JSON.parse(String(init.body)));
      if (!parsed.success) {
        return json(400, { error: { code: 'invalid_request', message: parsed.error.message } });
      }
      const { cursor, changes } = parsed.data;
      this.syncRequests.push({ cursor, changes: changes.map(({ key, hlc }) => ({ key, hlc })) });
      if (this.accountFull && changes.length > 0) {
        return json(403, {
          error: {
            code: 'quota_exceeded',
            message: 'This account already stores 50 MB, the most this server keeps per account.',
          },
        });
      }
      if (this.whileInFlight) {
        const hook = this.whileInFlight;
        this.whileInFlight = null;
        await hook();
      }
      const now = Date.now() + this.clockAhead;
      if (changes.some((c) => (parseHlc(c.hlc)?.ms ?? 0) > now + MAX_CLOCK_SKEW_MS)) {
        return json(400, { error: { code: 'clock_skew', message: 'A stamp is ahead.' } });
      }
      for (const change of changes) this.put(change);
      return json(200, this.pull(cursor));
    }
    return json(404, { error: { code: 'not_found', message: 'No such endpoint.' } });
  };

  /** Writes a change as if another device had synced it. */
  put(change: { key: string; value: Register['value']; hlc: string; merge?: Register['merge'] }) {
    const before = this.registers.get(change.key)?.register;
    const after = mergeRegister(before, change);
    if (after !== before) this.registers.set(change.key, { register: after, seq: ++this.seq });
  }

  value(key: string) {
    return this.registers.get(key)?.register.value;
  }

  /** The id of the device that holds `token`. */
  deviceIdOf(token: string): string {
    return this.deviceIds.get(token) ?? `id-${this.tokens.get(token)}`;
  }

  private pull(cursor: string | null) {
    const after = cursor === null ? 0 : Number(cursor);
    const newer = [...this.registers.entries()]
      .filter(([, stored]) => stored.seq > after)
      .sort((a, b) => a[1].seq - b[1].seq);
    const page = newer.slice(0, this.pageSize);
    const last = page[page.length - 1];
    return {
      cursor: String(last ? last[1].seq : Math.max(after, this.seq)),
      changes: page.map(([key, { register }]) => ({ key, ...register })),
      more: newer.length > page.length,
      serverTime: Date.now() + this.clockAhead,
    };
  }
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}
