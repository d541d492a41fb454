/**
 * The convergence fuzzer: schedules drawn from consecutive seeds, run against the real worker
 * (workerd + D1 from the migrations, under `wrangler dev` with the fuzzer's clock); a failing
 * schedule is shrunk to the shortest one that still fails, and reported with its seed.
 * Used by `npm run fuzz` (scripts/fuzz.ts) and by tests/fuzz/convergence.test.ts.
 */
import { startWranglerDev, type WranglerDev } from '../e2e/support/wrangler-dev';
import { type BrowserBundle, bundleBrowser } from './browser-bundle';
import { type FuzzTarget, type RunOptions, runSchedule } from './run-schedule';
import { describeStep, makeSchedule, type Schedule } from './schedule';

export interface Target extends FuzzTarget {
  stop(): Promise<void>;
}

/** The real worker on a free port, with its own D1, and the bundled browser. */
export async function startTarget(): Promise<Target> {
  let bundle: BrowserBundle | undefined;
  let worker: WranglerDev | undefined;
  try {
    bundle = await bundleBrowser();
    worker = await startWranglerDev({
      script: 'tests/fuzz/clocked-worker.ts',
      // One new account per schedule, all from 127.0.0.1, syncing as fast as the steps go.
      vars: { ACCOUNT_CREATIONS_PER_HOUR: '1000000', ACCOUNT_SYNC_REQUESTS_PER_MINUTE: '1000000' },
    });
  } catch (error) {
    bundle?.remove();
    throw error;
  }
  const { url } = worker;
  return {
    serverUrl: url,
    threadEntry: bundle.entry.href,
    stop: async () => {
      await worker.stop();
      bundle.remove();
    },
  };
}

export interface Failure {
  seed: number;
  problems: string[];
  /** The shortest schedule found that still fails. */
  shrunk: Schedule;
  report: string;
}

/**
 * The schedule with as many steps left out as possible while it still fails: steps are taken
 * out in halves, then quarters, and so on down to one at a time (delta debugging), within
 * `budget` runs.
 */
export async function shrink(
  target: FuzzTarget,
  schedule: Schedule,
  options: RunOptions,
  budget = 150,
): Promise<{ schedule: Schedule; problems: string[] }> {
  let best = schedule;
  let problems = await runSchedule(target, schedule, options);
  let runs = 1;
  let chunk = Math.ceil(best.steps.length / 2);
  while (chunk >= 1 && runs < budget) {
    let removedAny = false;
    for (let start = 0; start < best.steps.length && runs < budget; ) {
      const steps = [...best.steps.slice(0, start), ...best.steps.slice(start + chunk)];
      const candidate = { ...best, steps };
      const found = await runSchedule(target, candidate, options);
      runs++;
      if (found.length > 0) {
        best = candidate;
        problems = found;
        removedAny = true;
      } else start += chunk;
    }
    if (!removedAny || chunk > 1) chunk = Math.floor(chunk / 2);
  }
  return { schedule: best, problems };
}

export function formatFailure(
  seed: number,
  schedule: Schedule,
  problems: string[],
  noOffset = false,
): string {
  return [
    `Seed ${seed} fails (replay: npm run fuzz -- --seed ${seed} --schedules 1${noOffset ? ' --no-offset' : ''}).`,
    `Shortest failing schedule (${schedule.steps.length} steps; clocks ${schedule.skews
      .map((s) => `${(s / 60_000).toFixed(1)} min`)
      .join(', ')}; browsers join first):`,
    ...schedule.steps.map((step, i) => `  ${i + 1}. ${describeStep(step)}`),
    'Problems:',
    ...problems.map((p) => `  - ${p}`),
  ].join('\n');
}

/**
 * Runs `count` schedules from seed `seed` on; stops at the first failure, shrinks it and
 * returns it (null: all passed).
 */
export async function fuzz(
  target: FuzzTarget,
  {
    seed,
    count,
    shrinkBudget,
    ...options
  }: { seed: number; count: number; shrinkBudget?: number } & RunOptions,
  onProgress: (done: number) => void = () => {},
): Promise<Failure | null> {
  for (let i = 0; i < count; i++) {
    const schedule = makeSchedule(seed + i);
    const problems = await runSchedule(target, schedule, options);
    onProgress(i + 1);
    if (problems.length > 0) {
      const shrunk = await shrink(target, schedule, options, shrinkBudget);
      return {
        seed: seed + i,
        problems: shrunk.problems,
        shrunk: shrunk.schedule,
        report: formatFailure(seed + i, shrunk.schedule, shrunk.problems, options.noOffset),
      };
    }
  }
  return null;
}
