import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';

/**
 * The id Chromium gives an extension loaded unpacked from `dir`: the first 128 bits of the
 * SHA-256 of its absolute path, each hex digit written as a letter from `a` to `p`. Known before
 * launch, so a reopened profile (whose service worker sleeps until an event wakes it) needs no
 * running worker to tell it.
 */
export function unpackedExtensionId(dir: string): string {
  const digest = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...digest].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}
