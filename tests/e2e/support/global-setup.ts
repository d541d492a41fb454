/**
 * Runs once before the end-to-end tests: checks the browser is there (a missing browser fails
 * the run, it never skips it), builds the extension, and makes the cached fixtures (the
 * stand-in server's certificate and videos).
 */
import { existsSync } from 'node:fs';
import { buildExtension } from './build-extension';
import { CHROMIUM_PATH } from './e2e-paths';
import { makeCertificate } from './make-certificate';
import { makeVideos } from './make-videos';

export default async function setup() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}; the end-to-end tests need it. ` +
        'Run `bash scripts/ensure-test-tools.sh` as root (`npm test` does), ' +
        'or `apt-get install chromium ffmpeg openssl`.',
    );
  }
  await Promise.all([buildExtension(), makeCertificate(), makeVideos()]);
}
