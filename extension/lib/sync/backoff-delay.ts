/** First retry after a failure, and the longest wait between retries. */
export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_MAX_MS = 15 * 60_000;

/**
 * How long to wait after `failures` failures in a row: doubling from 5 s up to 15 min, with
 * jitter (`random` in [0, 1) takes up to half of it off), so browsers that lost the server
 * together do not all come back in the same second.
 */
export function backoffDelay(failures: number, random: number): number {
  const exponent = Math.max(0, Math.min(failures - 1, 30));
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** exponent);
  return Math.round(ceiling * (1 - random / 2));
}
