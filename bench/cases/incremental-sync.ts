/**
 * Incremental sync and the cost of writes, measured on the server with D1's own counts
 * (`meta.rows_read`, `meta.rows_written`, summed per request by the bench entry):
 * - on accounts of 10,000 and 100,000 registers, browser A pushes 100 changes in one request
 *   and browser B, already caught up, pulls them in one request: the rows read must follow
 *   the changes, not the account;
 * - 1,000 changes in one request, as new registers and as updates of existing ones: rows
 *   written per change (table row and index entries all count).
 */
import { formatHlc } from '../../shared/hlc';
import type { Change } from '../../shared/register';
import type { BenchContext } from '../bench-context';
import type { Row } from '../results';
import { alternate, roundRatio, type Side, spread } from '../rounds';
import {
  type Credentials,
  catchUp,
  createAccount,
  joinDevice,
  type MeasuredSync,
  measuredSync,
  pushAll,
} from '../sync/bench-server';
import { realisticRegisters } from '../sync/realistic-registers';

const CHANGES = 100;
const WRITE_BATCH = 1000;

/** New values for `count` of `records`, spread over the account, stamped now (they win). */
function changesOf(records: Change[], count: number, round: number, device: string): Change[] {
  const step = Math.floor(records.length / count);
  return Array.from({ length: count }, (_, i) => {
    const record = records[i * step]!;
    const value =
      record.merge === 'max'
        ? (record.value as number) + round + 1
        : record.merge === 'min'
          ? (record.value as number) - round - 1
          : record.value;
    return { ...record, value, hlc: formatHlc(Date.now(), i, device) };
  });
}

interface Account {
  a: Credentials;
  b: Credentials;
  records: Change[];
  cursorA: string | null;
  cursorB: string | null;
}

/** An account of `size` registers written by A, and B caught up with all of it. */
async function seededAccount(url: string, size: number): Promise<Account> {
  const a = await createAccount(url, 'Browser A');
  const b = await joinDevice(url, a, 'Browser B');
  const records = realisticRegisters(size, size);
  const cursorA = await pushAll(url, a, records);
  const cursorB = await catchUp(url, b, null);
  return { a, b, records, cursorA, cursorB };
}

interface Sample {
  pushRowsRead: number;
  pullRowsRead: number;
  pullRowsPerChange: number;
  pullMs: number;
  requests: number;
}

export async function incrementalSync(ctx: BenchContext): Promise<Row[]> {
  const { url } = ctx.server;
  const sizes = ctx.quick ? [1_000, 10_000] : [10_000, 100_000];
  ctx.log(`incremental sync: seeding accounts of ${sizes.join(' and ')} registers…`);
  const accounts: Account[] = [];
  for (const size of sizes) accounts.push(await seededAccount(url, size));
  let round = 0;
  const side = (account: Account, size: number): Side<Sample> => ({
    name: `${size} registers`,
    async run() {
      const changes = changesOf(account.records, CHANGES, round++, account.a.deviceId);
      const push = await measuredSync(url, account.a, account.cursorA, changes);
      account.cursorA = push.cursor;
      const started = performance.now();
      const pull = await measuredSync(url, account.b, account.cursorB, []);
      const pullMs = performance.now() - started;
      account.cursorB = pull.cursor;
      if (pull.pulled !== CHANGES || pull.more) {
        throw new Error(
          `incremental sync: B pulled ${pull.pulled} (more: ${pull.more}), expected ${CHANGES} in one page`,
        );
      }
      return {
        pushRowsRead: push.rowsRead,
        pullRowsRead: pull.rowsRead,
        pullRowsPerChange: pull.rowsRead / CHANGES,
        pullMs,
        requests: 2,
      };
    },
  });
  const [small, large] = await alternate(
    [side(accounts[0]!, sizes[0]!), side(accounts[1]!, sizes[1]!)],
    { warmup: 1, rounds: ctx.quick ? 2 : 5 },
  );
  const of = (samples: Sample[], key: keyof Sample) => samples.map((s) => s[key]);
  const bigger = `account of ${sizes[1]!.toLocaleString('en-US')}`;
  const smaller = `account of ${sizes[0]!.toLocaleString('en-US')}`;
  const compare = (
    key: keyof Sample,
    metric: string,
    goal: string | null,
    meets: ((large: number[], ratio: number) => boolean) | null,
  ): Row => {
    const ratio = roundRatio(of(large!, key), of(small!, key));
    return {
      case: 'incremental sync',
      metric,
      unit: `${CHANGES} changes, ${bigger} vs ${smaller}`,
      readalong: spread(of(large!, key)),
      peer: spread(of(small!, key)),
      peerName: smaller,
      ratio,
      goal,
      met: meets ? meets(of(large!, key), ratio) : null,
    };
  };
  const rows: Row[] = [
    compare('requests', 'requests (A pushes, B pulls)', 'one round trip each way', (l) =>
      l.every((n) => n === 2),
    ),
    compare(
      'pullRowsRead',
      'D1 rows read by B’s pull',
      'equal for both sizes (±5 %)',
      (_l, r) => Math.abs(r - 1) <= 0.05,
    ),
    compare('pullRowsPerChange', 'D1 rows read by B’s pull, per change', null, null),
    compare(
      'pushRowsRead',
      'D1 rows read by A’s push',
      'equal for both sizes (±5 %)',
      (_l, r) => Math.abs(r - 1) <= 0.05,
    ),
    compare('pullMs', 'B’s pull, wall time ms', null, null),
    ...(await writeCost(ctx)),
  ];
  return rows;
}

/** 1,000 changes in one request: new registers, then updates of the same registers. */
async function writeCost(ctx: BenchContext): Promise<Row[]> {
  const { url } = ctx.server;
  const device = await createAccount(url, 'Writer');
  const rounds = ctx.quick ? 2 : 5;
  const inserts: number[] = [];
  const updates: number[] = [];
  let cursor: string | null = null;
  // What a request of one change writes: the account's counters and the change's rows. Taken
  // off a request of 1,000 changes, what is left is the cost of 999 changes.
  const one = async (key: string) => {
    const [change] = realisticRegisters(1, 7);
    const answer: MeasuredSync = await measuredSync(url, device, cursor, [
      { ...change!, key, hlc: formatHlc(Date.now(), 0, device.deviceId) },
    ]);
    cursor = answer.cursor;
    return answer.rowsWritten;
  };
  for (let round = 0; round < rounds; round++) {
    const oneInsert = await one(`single/${round}`);
    const oneUpdate = await one(`single/${round}`);
    const fresh = realisticRegisters(WRITE_BATCH, 1000 + round).map((change, i) => ({
      ...change,
      key: `${change.key}#${round}`,
      hlc: formatHlc(Date.now(), i, device.deviceId),
    }));
    const inserted: MeasuredSync = await measuredSync(url, device, cursor, fresh);
    cursor = inserted.cursor;
    inserts.push((inserted.rowsWritten - oneInsert) / (WRITE_BATCH - 1));
    const updated: MeasuredSync = await measuredSync(
      url,
      device,
      cursor,
      changesOf(fresh, WRITE_BATCH, round, device.deviceId),
    );
    cursor = updated.cursor;
    updates.push((updated.rowsWritten - oneUpdate) / (WRITE_BATCH - 1));
  }
  const row = (metric: string, samples: number[]): Row => {
    const s = spread(samples);
    return {
      case: 'sync write cost',
      metric,
      unit: `${WRITE_BATCH.toLocaleString('en-US')} changes in one request`,
      readalong: s,
      peer: null,
      peerName: null,
      ratio: null,
      goal: '≤ 3 per change',
      met: s.max <= 3,
    };
  };
  return [
    row('D1 rows written per change, new registers (beyond a one-change request)', inserts),
    row('D1 rows written per change, updated registers (beyond a one-change request)', updates),
  ];
}
