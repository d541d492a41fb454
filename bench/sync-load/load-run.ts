/**
 * The load run of `npm run bench`: many syncing clients at once against a real `wrangler dev
 * --local` (loopback only, its own free port and process group, a fresh D1 with the real
 * migrations), for a fixed time; then the registers are counted straight from that D1 and
 * compared with what the server acknowledged.
 *
 * Each client is one device; a few devices share each account, as a learner's browsers do.
 * Every round (after a pause of `pauseMs` on average) a client pushes three small changes and
 * pulls with its cursor:
 * - `load/<client>/<n>` (lww): a new register each round: every acknowledged one must exist;
 * - `pos/<client>` (lww): its round number: it must end at the last acknowledged round;
 * - `max` (max), shared by the account's devices: it must end at the largest acknowledged value.
 * A 429 is a documented answer: the client waits `Retry-After` (or until the run ends) and
 * pushes new changes; anything else but a 200 is an error.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { queryLocalD1, startWranglerDev } from '../../scripts/wrangler-process';
import { formatHlc, type HlcState, tickHlc } from '../../shared/hlc';
import { postJson } from '../post-json';
import { QUERIES_HEADER, ROWS_READ_HEADER } from './measure-headers';

export interface LoadOptions {
  clients: number;
  devicesPerAccount: number;
  seconds: number;
  /**
   * A client's mean pause between two rounds (uniformly 0 to twice this), as the extension
   * syncs on a schedule rather than in a loop; 0 for a tight loop.
   */
  pauseMs: number;
}

export interface LoadResult {
  options: LoadOptions;
  accounts: number;
  requests: number;
  ok: number;
  /** Documented refusals: rate limits (429 with Retry-After). */
  tooMany: number;
  /** Anything else: other statuses, network failures, timeouts; by kind. */
  errors: Record<string, number>;
  acknowledgedChanges: number;
  /** Acknowledged writes missing or older in the database afterwards. */
  lostWrites: number;
  registersCounted: number;
  /** Registers the acknowledged writes add up to: one per round, position and account max. */
  registersExpected: number;
  latencyMs: { p50: number; p99: number; max: number };
  rowsReadPerRequest: { mean: number; p50: number; p99: number; max: number };
  queriesPerRequest: number;
  requestsPerSecond: number;
  /** The last lines wrangler printed, other than one per request. */
  serverLog: string[];
}

interface Device {
  index: number;
  accountId: string;
  deviceId: string;
  token: string;
}

/** What the server acknowledged to one client. */
interface Acknowledged {
  keys: string[];
  lastRound: number;
  maxValue: number;
}

const REQUEST_TIMEOUT_MS = 15_000;
/** How wrangler dev's proxy (wrangler-dist/ProxyWorker.js) answers a POST it failed to pass on. */
const DEV_PROXY_503 = 'Your worker restarted mid-request';
const SETUP_CONCURRENCY = 8;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** Runs `task` on every item, at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** The accounts and their devices, `devicesPerAccount` joined to each through pairing codes. */
async function createDevices(url: string, options: LoadOptions): Promise<Device[]> {
  const accounts = Math.ceil(options.clients / options.devicesPerAccount);
  const devices: Device[] = [];
  await eachLimited([...Array(accounts).keys()], SETUP_CONCURRENCY, async (a) => {
    const first = await postJson<{ accountId: string; deviceId: string; token: string }>(
      `${url}/v1/accounts`,
      { deviceName: `Load ${a}.0` },
    );
    devices.push({ ...first, index: a * options.devicesPerAccount });
    for (let d = 1; d < options.devicesPerAccount; d++) {
      const index = a * options.devicesPerAccount + d;
      if (index >= options.clients) break;
      const { code } = await postJson<{ code: string }>(
        `${url}/v1/pairing-codes`,
        undefined,
        first.token,
      );
      const joined = await postJson<{ accountId: string; deviceId: string; token: string }>(
        `${url}/v1/devices`,
        { code, deviceName: `Load ${a}.${d}` },
      );
      devices.push({ ...joined, index });
    }
  });
  return devices.sort((a, b) => a.index - b.index);
}

interface Tallies {
  latencies: number[];
  rowsRead: number[];
  queries: number;
  ok: number;
  tooMany: number;
  errors: Record<string, number>;
}

async function runClient(
  url: string,
  device: Device,
  deadline: number,
  pauseMs: number,
  tallies: Tallies,
): Promise<Acknowledged> {
  const acknowledged: Acknowledged = { keys: [], lastRound: 0, maxValue: 0 };
  let clock: HlcState = { ms: 0, counter: 0 };
  const stamp = () => {
    clock = tickHlc(clock, Date.now());
    return formatHlc(clock.ms, clock.counter, device.deviceId);
  };
  let cursor: string | null = null;
  const error = (kind: string) => {
    tallies.errors[kind] = (tallies.errors[kind] ?? 0) + 1;
  };
  for (let round = 1; Date.now() < deadline; round++) {
    // The pause comes first, so that clients do not all start at the same instant.
    await sleep(Math.min(Math.random() * 2 * pauseMs, deadline - Date.now()));
    if (Date.now() >= deadline) break;
    const key = `load/${device.index}/${round}`;
    const maxValue = device.index * 1_000_000 + round;
    const changes = [
      { key, value: { round, at: Date.now() }, hlc: stamp() },
      { key: `pos/${device.index}`, value: round, hlc: stamp() },
      { key: 'max', value: maxValue, hlc: stamp(), merge: 'max' },
    ];
    const started = performance.now();
    let response: Response;
    try {
      response = await fetch(`${url}/v1/sync`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${device.token}` },
        body: JSON.stringify({ cursor, changes }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await response.text();
      tallies.latencies.push(performance.now() - started);
      tallies.rowsRead.push(Number(response.headers.get(ROWS_READ_HEADER) ?? Number.NaN));
      tallies.queries += Number(response.headers.get(QUERIES_HEADER) ?? 0);
      if (response.status === 200) {
        // Each client writes keys of its own (and one `max` key): pulled stamps need not move
        // its clock (the extension moves only a replaced register's stamp, shared/hlc.ts).
        cursor = (JSON.parse(text) as { cursor: string }).cursor;
        acknowledged.keys.push(key);
        acknowledged.lastRound = round;
        acknowledged.maxValue = maxValue;
        tallies.ok++;
      } else if (response.status === 429 && response.headers.has('Retry-After')) {
        tallies.tooMany++;
        const waitMs = Number(response.headers.get('Retry-After')) * 1000;
        await sleep(Math.min(waitMs, deadline - Date.now()));
      } else if (response.status === 503 && text.startsWith(DEV_PROXY_503)) {
        // Not the worker's answer (its errors are JSON): wrangler dev's own proxy says this
        // whenever its connection to workerd fails, here "Network connection lost".
        error('503 from wrangler dev’s proxy, which lost its connection to workerd');
      } else {
        error(`${response.status} ${text.slice(0, 120)}`);
      }
    } catch (failure) {
      tallies.latencies.push(performance.now() - started);
      error((failure as Error).name === 'TimeoutError' ? 'timeout' : (failure as Error).message);
    }
  }
  return acknowledged;
}

/** Acknowledged writes the database does not hold, counted from the D1 itself. */
async function countLost(persistDir: string, devices: Device[], acks: Acknowledged[]) {
  const rows = await queryLocalD1<{ account_id: string; key: string; value: string }>(
    persistDir,
    'SELECT account_id, key, value FROM registers',
  );
  const stored = new Map(rows.map((row) => [`${row.account_id} ${row.key}`, row.value]));
  let lost = 0;
  const maxByAccount = new Map<string, number>();
  devices.forEach((device, i) => {
    const ack = acks[i]!;
    for (const key of ack.keys) if (!stored.has(`${device.accountId} ${key}`)) lost++;
    const position = stored.get(`${device.accountId} pos/${device.index}`);
    if (ack.lastRound > 0 && Number(position) !== ack.lastRound) lost++;
    maxByAccount.set(
      device.accountId,
      Math.max(maxByAccount.get(device.accountId) ?? 0, ack.maxValue),
    );
  });
  for (const [accountId, max] of maxByAccount) {
    if (max > 0 && Number(stored.get(`${accountId} max`)) !== max) lost++;
  }
  const expected =
    acks.reduce((sum, ack) => sum + ack.keys.length + (ack.lastRound > 0 ? 1 : 0), 0) +
    [...maxByAccount.values()].filter((max) => max > 0).length;
  return { lost, registers: rows.length, expected };
}

export async function runSyncLoad(options: LoadOptions): Promise<LoadResult> {
  const persistDir = await mkdtemp(join(tmpdir(), 'readalong-load-'));
  const accounts = Math.ceil(options.clients / options.devicesPerAccount);
  const serverLog: string[] = [];
  const server = await startWranglerDev({
    persistDir,
    script: 'bench/sync-load/measuring-worker.ts',
    // All clients come from 127.0.0.1, one address: let it create the run's accounts.
    vars: { ACCOUNT_CREATIONS_PER_HOUR: String(accounts + 1) },
    onOutput: (text) => {
      // Kept for the report: what wrangler said besides logging each request.
      for (const line of text.split('\n')) {
        if (line.trim() && !/\] (GET|POST) \/v1\//.test(line)) serverLog.push(line);
      }
    },
  });
  try {
    const devices = await createDevices(server.url, options);
    const tallies: Tallies = {
      latencies: [],
      rowsRead: [],
      queries: 0,
      ok: 0,
      tooMany: 0,
      errors: {},
    };
    const started = Date.now();
    const deadline = started + options.seconds * 1000;
    const acks = await Promise.all(
      devices.map((device) => runClient(server.url, device, deadline, options.pauseMs, tallies)),
    );
    const elapsed = (Date.now() - started) / 1000;
    await server.stop();
    const { lost, registers, expected } = await countLost(persistDir, devices, acks);
    const latencies = [...tallies.latencies].sort((a, b) => a - b);
    const rowsRead = tallies.rowsRead.filter(Number.isFinite).sort((a, b) => a - b);
    const requests = tallies.latencies.length;
    return {
      options,
      accounts,
      requests,
      ok: tallies.ok,
      tooMany: tallies.tooMany,
      errors: tallies.errors,
      acknowledgedChanges: tallies.ok * 3,
      lostWrites: lost,
      registersCounted: registers,
      registersExpected: expected,
      latencyMs: {
        p50: percentile(latencies, 0.5),
        p99: percentile(latencies, 0.99),
        max: latencies.at(-1) ?? 0,
      },
      rowsReadPerRequest: {
        mean: rowsRead.reduce((sum, n) => sum + n, 0) / Math.max(1, rowsRead.length),
        p50: percentile(rowsRead, 0.5),
        p99: percentile(rowsRead, 0.99),
        max: rowsRead.at(-1) ?? 0,
      },
      queriesPerRequest: tallies.queries / Math.max(1, rowsRead.length),
      requestsPerSecond: requests / elapsed,
      serverLog: serverLog.slice(-20),
    };
  } finally {
    await server.stop();
    await rm(persistDir, { recursive: true, force: true });
  }
}

/** Prints the load run as a table; returns how many of its checks failed. */
export function printLoadResult(result: LoadResult): number {
  const { options: o } = result;
  const errorCount = Object.values(result.errors).reduce((sum, n) => sum + n, 0);
  const rows: Array<[string, string, string]> = [
    ['clients (devices) / accounts', `${o.clients} / ${result.accounts}`, ''],
    ['duration; pause between rounds', `${o.seconds} s; ${o.pauseMs} ms on average`, ''],
    ['sync requests', String(result.requests), `${result.requestsPerSecond.toFixed(0)} per second`],
    ['answered 200', String(result.ok), ''],
    ['answered 429 (documented, Retry-After)', String(result.tooMany), ''],
    ['errors (anything else)', String(errorCount), errorCount === 0 ? 'ok' : 'FAILED'],
    ['acknowledged changes', String(result.acknowledgedChanges), ''],
    [
      'registers in D1 afterwards / expected',
      `${result.registersCounted} / ${result.registersExpected}`,
      result.registersCounted === result.registersExpected ? 'ok' : 'FAILED',
    ],
    ['lost writes', String(result.lostWrites), result.lostWrites === 0 ? 'ok' : 'FAILED'],
    [
      'latency p50 / p99 / max',
      `${result.latencyMs.p50.toFixed(1)} / ${result.latencyMs.p99.toFixed(1)} / ${result.latencyMs.max.toFixed(1)} ms`,
      '',
    ],
    [
      'D1 rows read per request, mean / p50 / p99 / max',
      `${result.rowsReadPerRequest.mean.toFixed(1)} / ${result.rowsReadPerRequest.p50} / ${result.rowsReadPerRequest.p99} / ${result.rowsReadPerRequest.max}`,
      `${result.queriesPerRequest.toFixed(1)} queries per request`,
    ],
  ];
  const header: [string, string, string] = ['load run', 'value', 'check'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  for (const [kind, n] of Object.entries(result.errors)) console.error(`  error ×${n}: ${kind}`);
  if (errorCount > 0) console.error(`  wrangler said:\n    ${result.serverLog.join('\n    ')}`);
  return (
    (errorCount > 0 ? 1 : 0) +
    (result.lostWrites > 0 ? 1 : 0) +
    (result.registersCounted === result.registersExpected ? 0 : 1)
  );
}
