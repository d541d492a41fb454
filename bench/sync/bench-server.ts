/**
 * The sync server the sync cases of `npm run bench` run against: `wrangler dev --local` with
 * the bench entry (bench-worker.ts: D1 rows counted per request, and the bare floor endpoint),
 * a fresh D1 with the real migrations, its own port and process group, and limits raised so
 * that seeding 100,000 registers is not refused. Plus the few API calls the cases make.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWranglerDev } from '../../scripts/wrangler-process';
import type { Change } from '../../shared/register';
import { MAX_CHANGES_PER_SYNC } from '../../shared/sync-protocol/limits';
import { postJson } from '../post-json';
import {
  QUERIES_HEADER,
  ROWS_READ_HEADER,
  ROWS_WRITTEN_HEADER,
} from '../sync-load/measure-headers';

export interface BenchServer {
  url: string;
  stop(): Promise<void>;
}

export interface Credentials {
  accountId: string;
  deviceId: string;
  token: string;
}

/** What one `/v1/sync` request cost the server, and what it answered. */
export interface MeasuredSync {
  rowsRead: number;
  rowsWritten: number;
  queries: number;
  cursor: string;
  pulled: number;
  more: boolean;
}

export async function startBenchServer(): Promise<BenchServer> {
  const persistDir = await mkdtemp(join(tmpdir(), 'readalong-bench-'));
  const server = await startWranglerDev({
    persistDir,
    script: 'bench/sync/bench-worker.ts',
    vars: {
      ACCOUNT_CREATIONS_PER_HOUR: '1000',
      ACCOUNT_JOINS_PER_HOUR: '1000',
      ACCOUNT_MAX_DEVICES: '1000',
      ACCOUNT_MAX_REGISTERS: '1000000',
      ACCOUNT_MAX_STORED_BYTES: String(1024 ** 3),
      ACCOUNT_SYNC_REQUESTS_PER_MINUTE: '1000000',
    },
  });
  return {
    url: server.url,
    async stop() {
      await server.stop();
      await rm(persistDir, { recursive: true, force: true });
    },
  };
}

export function createAccount(url: string, deviceName: string): Promise<Credentials> {
  return postJson(`${url}/v1/accounts`, { deviceName });
}

/** Another device of `account`'s account, joined with a pairing code. */
export async function joinDevice(
  url: string,
  account: Credentials,
  deviceName: string,
): Promise<Credentials> {
  const { code } = await postJson<{ code: string }>(
    `${url}/v1/pairing-codes`,
    undefined,
    account.token,
  );
  return postJson(`${url}/v1/devices`, { code, deviceName });
}

/** One `/v1/sync` request, with what D1 reported for it. */
export async function measuredSync(
  url: string,
  device: Credentials,
  cursor: string | null,
  changes: Change[],
): Promise<MeasuredSync> {
  const response = await fetch(`${url}/v1/sync`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${device.token}` },
    body: JSON.stringify({ cursor, changes }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST /v1/sync answered ${response.status}: ${text}`);
  const body = JSON.parse(text) as { cursor: string; changes: unknown[]; more: boolean };
  const header = (name: string) => Number(response.headers.get(name));
  return {
    rowsRead: header(ROWS_READ_HEADER),
    rowsWritten: header(ROWS_WRITTEN_HEADER),
    queries: header(QUERIES_HEADER),
    cursor: body.cursor,
    pulled: body.changes.length,
    more: body.more,
  };
}

/** Pulls until the server has nothing more after the cursor; returns the last cursor. */
export async function catchUp(url: string, device: Credentials, from: string | null) {
  let cursor = from;
  for (let more = true; more; ) {
    const page: MeasuredSync = await measuredSync(url, device, cursor, []);
    cursor = page.cursor;
    more = page.more;
  }
  return cursor;
}

/**
 * Pushes `changes` in requests of the largest allowed size, then pulls until caught up (each
 * answer also holds a page of what came after the cursor); returns the caught-up cursor.
 */
export async function pushAll(url: string, device: Credentials, changes: Change[]) {
  let cursor: string | null = null;
  for (let i = 0; i < changes.length; i += MAX_CHANGES_PER_SYNC) {
    const answer: MeasuredSync = await measuredSync(
      url,
      device,
      cursor,
      changes.slice(i, i + MAX_CHANGES_PER_SYNC),
    );
    cursor = answer.cursor;
  }
  return catchUp(url, device, cursor);
}
