import { existsSync } from 'node:fs';
import { EXTENSION_DIR, ROOT_DIR } from './e2e-paths';
import { runCommand } from './run-command';

/**
 * Build the extension for Chrome exactly as it ships (`wxt build` → `.output/chrome-mv3`),
 * without a build-time sync server: tests point it at their own worker.
 */
export async function buildExtension(): Promise<string> {
  const { WXT_SYNC_SERVER_URL: _unset, ...env } = process.env;
  await runCommand(process.execPath, [`${ROOT_DIR}node_modules/wxt/bin/wxt.mjs`, 'build'], {
    cwd: ROOT_DIR,
    // Vitest sets NODE_ENV to `test`, which WXT would keep: a build with development JSX.
    env: { ...env, NODE_ENV: 'production' },
  });
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`wxt build finished but ${EXTENSION_DIR}/manifest.json is missing`);
  }
  return EXTENSION_DIR;
}
