/**
 * `npm run fuzz -- --schedules N --seed S [--no-offset]`: the convergence fuzzer
 * (tests/fuzz/fuzz.ts). Runs N schedules from seed S on (default 100 from 1); a failure
 * prints its seed and the shortest schedule that still fails, and exits 1. `--no-offset` is
 * the control: browsers ignore the server's time, as before it was sent.
 */
import { parseArgs } from 'node:util';
import { fuzz, startTarget } from '../tests/fuzz/fuzz';

const { values } = parseArgs({
  options: {
    schedules: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    'no-offset': { type: 'boolean', default: false },
  },
});
const count = Number(values.schedules);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('Usage: npm run fuzz -- --schedules N --seed S [--no-offset]');
  process.exit(2);
}

const target = await startTarget();
const started = Date.now();
let exitCode = 0;
try {
  const failure = await fuzz(target, { seed, count, noOffset: values['no-offset'] }, (done) => {
    if (done % 25 === 0 || done === count) {
      const seconds = Math.round((Date.now() - started) / 1000);
      console.log(`${done}/${count} schedules passed (${seconds} s)`);
    }
  });
  if (failure) {
    console.error(failure.report);
    exitCode = 1;
  } else {
    console.log(`All ${count} schedules passed: seeds ${seed} to ${seed + count - 1}.`);
  }
} finally {
  await target.stop();
}
process.exit(exitCode);
