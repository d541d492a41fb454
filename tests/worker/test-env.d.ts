import type { D1Migration } from '@cloudflare/vitest-pool-workers';

/** The binding vitest.config.ts adds for the tests: the real migrations, applied before each file. */
declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
    }
  }
}
