/**
 * Load: many syncing clients at once against a real wrangler dev for a fixed time
 * (sync-load/load-run.ts, which starts and stops its own server), as rows of the one table:
 * errors other than documented 429s, lost writes, latency and D1 rows read per request.
 */
import type { BenchContext } from '../bench-context';
import { type Row, single } from '../results';
import { runSyncLoad } from '../sync-load/load-run';

export async function load(ctx: BenchContext): Promise<Row[]> {
  const options = ctx.quick
    ? { clients: 20, devicesPerAccount: 5, seconds: 3, pauseMs: 100 }
    : { clients: 200, devicesPerAccount: 5, seconds: 30, pauseMs: 4000 };
  ctx.log(`load: ${options.clients} clients for ${options.seconds} s against wrangler dev…`);
  const result = await runSyncLoad(options);
  const errors = Object.values(result.errors).reduce((sum, n) => sum + n, 0);
  for (const [kind, n] of Object.entries(result.errors)) ctx.note(`load: error ×${n}: ${kind}`);
  const unit = `${options.clients} clients (${result.accounts} accounts), ${options.seconds} s, ${result.requests} requests`;
  const row = (
    metric: string,
    value: number,
    goal: string | null = null,
    met: boolean | null = null,
  ): Row => ({
    case: 'load',
    metric,
    unit,
    readalong: single(value),
    peer: null,
    peerName: null,
    ratio: null,
    goal,
    met,
  });
  ctx.note(
    `load: ${result.ok} sync requests answered 200, ${result.tooMany} answered 429 (documented, with Retry-After); ${result.registersCounted} registers in D1 afterwards, ${result.registersExpected} expected from what was acknowledged.`,
  );
  return [
    row('errors other than documented 429s', errors, '0', errors === 0),
    row(
      'lost writes (acknowledged, missing in D1)',
      result.lostWrites,
      '0',
      result.lostWrites === 0 && result.registersCounted === result.registersExpected,
    ),
    row('429s (documented, Retry-After)', result.tooMany),
    row('requests per second', result.requestsPerSecond),
    row('latency p50, ms', result.latencyMs.p50),
    row('latency p99, ms', result.latencyMs.p99),
    row('D1 rows read per request, mean', result.rowsReadPerRequest.mean),
  ];
}
