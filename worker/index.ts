import { createApp } from './app';

export type { AppType } from './app';
export { AccountHub } from './live/account-hub';

/** The Worker's entry (wrangler.toml `main`). */
export default createApp();
