import { ApiError } from '../api-error';

/**
 * A cursor is the account's change sequence number the client has seen up to, tied to the
 * account: base64url of `<account id>:<seq>`. Clients must treat it as opaque.
 */
export function encodeCursor(accountId: string, seq: number): string {
  return btoa(`${accountId}:${seq}`).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function decode(cursor: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return null;
  try {
    return atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return null;
  }
}

/** The sequence number a client's cursor stands for; 0 for `null` (pull everything). */
export function readCursor(cursor: string | null, accountId: string, accountSeq: number): number {
  if (cursor === null) return 0;
  const match = /^([0-9a-f]{32}):(0|[1-9]\d{0,15})$/.exec(decode(cursor) ?? '');
  const seq = match ? Number(match[2]) : Number.NaN;
  if (!match || match[1] !== accountId || seq > accountSeq) {
    throw new ApiError(
      'invalid_cursor',
      'This cursor was not issued for this account by this server. Sync again with "cursor": null.',
    );
  }
  return seq;
}
