/** Where the end-to-end harness finds the browser, the built extension and its cached fixtures. */
import { fileURLToPath } from 'node:url';

const at = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export const ROOT_DIR = at('../../../');
/** Debian's Chromium; `scripts/ensure-test-tools.sh` installs it. Never a downloaded browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
/** Debian's Firefox ESR, driven over WebDriver BiDi; `scripts/ensure-test-tools.sh` installs it. */
export const FIREFOX_PATH = '/usr/bin/firefox-esr';
/** The production Chrome build made by `wxt build` in the global setup. */
export const EXTENSION_DIR = at('../../../.output/chrome-mv3');
/** Static pages and scripts of the stand-in server. */
export const FIXTURES_DIR = at('../fixtures/');
/** Generated fixtures, kept between runs (gitignored). */
export const CACHE_DIR = at('../.cache/');

/** Self-signed certificate and key of the stand-in HTTPS server (the name changes with the hosts). */
export const certificatePaths = (hostsDigest: string) => ({
  cert: `${CACHE_DIR}standin-${hostsDigest}.cert.pem`,
  key: `${CACHE_DIR}standin-${hostsDigest}.key.pem`,
});

/**
 * Small VP8 WebM videos the stand-in YouTube pages play:
 * `long` lasts 60 s, `short` 20 s, `live` 60 s with no duration in the file (the browser
 * reports `Infinity`, as for a live stream).
 */
export const VIDEO_PATHS = {
  long: `${CACHE_DIR}video-60s-v1.webm`,
  short: `${CACHE_DIR}video-20s-v1.webm`,
  live: `${CACHE_DIR}video-live-v1.webm`,
} as const;

export type StandinVideo = keyof typeof VIDEO_PATHS;
