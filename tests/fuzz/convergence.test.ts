/**
 * The convergence fuzzer as a test (tests/fuzz/fuzz.ts; `npm run fuzz` runs more): 50 seeded
 * schedules of 2–3 browsers with skewed clocks, lost, duplicated and late requests and
 * service-worker deaths converge, and every check holds; and the same fuzzer fails when the
 * browsers ignore the server's time, so it does test the clocks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzz, startTarget, type Target } from './fuzz';
import { runSchedule } from './run-schedule';
import { makeSchedule } from './schedule';

let target: Target;
beforeAll(async () => {
  target = await startTarget();
});
afterAll(() => target?.stop());

describe('convergence fuzzer', () => {
  it('50 schedules: every browser and the server agree, nothing goes back, the last action stands', async () => {
    const failure = await fuzz(target, { seed: 1, count: 50, shrinkBudget: 40 });
    expect(failure?.report ?? 'all passed').toBe('all passed');
  });

  it('fails when the browsers ignore the server’s time', async () => {
    // Seed 1: a browser whose clock is 9.6 minutes ahead has its pushes refused for ever.
    const stuck = await runSchedule(target, makeSchedule(1), { noOffset: true });
    expect(stuck.join('\n')).toMatch(/not quiet.*ahead of the server's clock/);
    // Seed 11: clocks minutes apart, and a later action loses to an earlier one.
    const reordered = await runSchedule(target, makeSchedule(11), { noOffset: true });
    expect(reordered.join('\n')).toMatch(/the last change \(browser \d: .*\) lost to/);
    // The same schedules pass with the server's time.
    expect(await runSchedule(target, makeSchedule(11))).toEqual([]);
  });
});
