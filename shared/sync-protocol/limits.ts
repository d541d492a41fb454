/**
 * Every fixed limit of the sync protocol, in one place. The server enforces them and the
 * extension can check them before sending; `docs/sync-protocol.md` lists them with their error
 * codes. The per-account quotas and rate limits a server's operator sets are not here: they
 * are `[vars]` of wrangler.toml, read by worker/config.ts.
 */

/** A request body is at most 1 MiB (`body_too_large`, 413). */
export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * A request body on an endpoint that needs no token (creating or joining an account) is at
 * most 4 KiB (`body_too_large`, 413), checked before it is parsed or counted.
 */
export const MAX_UNAUTHENTICATED_BODY_BYTES = 4 * 1024;
/** At most 1,000 changes in one `/v1/sync` request (`too_many_changes`). */
export const MAX_CHANGES_PER_SYNC = 1000;
/** A register key is 1 to 256 characters, counted as JavaScript counts `length` (`key_too_long`, `key_empty`). */
export const MAX_KEY_LENGTH = 256;
/** A register value is at most 64 KiB once written as JSON, in UTF-8 bytes (`value_too_large`). */
export const MAX_VALUE_BYTES = 64 * 1024;
/** Arrays and objects nest at most 32 levels deep inside a value (`value_too_deep`). */
export const MAX_VALUE_DEPTH = 32;
/** A device name is 1 to 100 characters once trimmed (`device_name_too_long`, `device_name_empty`). */
export const MAX_DEVICE_NAME_LENGTH = 100;
/** A pairing code or recovery key as typed, separators included (`invalid_request`). */
export const MAX_CODE_LENGTH = 100;
/** An HLC more than 5 minutes ahead of the server's clock is refused (`clock_skew`). */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;
/** A pairing code works once, for 10 minutes. */
export const PAIRING_CODE_TTL_MS = 10 * 60 * 1000;
/** A `/v1/sync` response holds at most this many changes; `more: true` says there are others. */
export const MAX_PAGE_CHANGES = 1000;
/**
 * A `/v1/sync` response page stops once its keys and values reach this many bytes (a page
 * always holds at least one change, so a page is at most this plus one value).
 */
export const MAX_PAGE_BYTES = 1024 * 1024;
