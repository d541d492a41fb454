import { createApp } from './app';

export type { AppType } from './app';

/** The Worker's entry (wrangler.toml `main`). */
export default createApp();
