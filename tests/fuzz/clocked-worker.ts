/**
 * The sync worker, unchanged, with a clock the fuzzer sets: the `x-fuzz-now` header of a
 * request (ms) is the simulated time at which it reaches the server, and the worker's
 * `Date.now()` reads that time (and runs on from it). Only the fuzzer starts this entry
 * (`wrangler dev tests/fuzz/clocked-worker.ts`); the deployed worker never has it.
 */
import worker from '../../worker/index';

// The worker's Durable Object classes, which wrangler needs exported from the entry.
export * from '../../worker/index';

const realNow = Date.now.bind(Date);
let shift = 0;
Date.now = () => realNow() + shift;

export default {
  ...worker,
  fetch(request: Request, env: Env, ctx: ExecutionContext) {
    const now = Number(request.headers.get('x-fuzz-now'));
    if (Number.isFinite(now) && now > 0) shift = now - realNow();
    return worker.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<Env>;
