import { purgeDeletedAccounts } from './account/purge-deleted-accounts';
import { createApp } from './app';

import { database } from './db/database';

export type { AppType } from './app';
export { AccountHub } from './live/account-hub';

const app = createApp();

/**
 * The Worker's entry (wrangler.toml `main`): the app for requests, and on the schedule of
 * wrangler.toml `[triggers]`, the rest of any deleted account too large to go in one request.
 */
export default {
  fetch: app.fetch,
  async scheduled(_controller, env, ctx) {
    ctx.waitUntil(purgeDeletedAccounts(database(env)));
  },
} satisfies ExportedHandler<Env>;
