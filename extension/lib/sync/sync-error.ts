/**
 * Why a call to the sync server failed, in words a learner can act on. `kind` decides what
 * sync does next:
 * - `offline` (the browser has no network) waits for the network to come back;
 * - `unauthorized` signs this browser out;
 * - `quota` (the server holds as much of this account as it allows) stops retrying on its own:
 *   retrying cannot help until the learner frees room or presses "Sync now" (this browser out
 *   of room is a `StorageFullError`, ../storage-full.ts, and pauses sync the same way);
 * - `rate-limited` (429) waits at least `retryAfterSeconds`;
 * - the others (`unreachable`: the network is up but the server did not answer) are shown as
 *   errors and retried with back-off.
 */
export type SyncErrorKind =
  | 'offline'
  | 'unreachable'
  | 'unauthorized'
  | 'quota'
  | 'rate-limited'
  | 'rejected'
  | 'server'
  | 'bad-response';

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    /** The server's error code (`{ error: { code } }`), when it sent one. */
    readonly code: string | null = null,
    /** The HTTP status, when the server answered. */
    readonly status: number | null = null,
    /** How long the server asked to wait before trying again (`Retry-After`), if it did. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

export function isSyncError(error: unknown): error is SyncError {
  return error instanceof SyncError;
}
