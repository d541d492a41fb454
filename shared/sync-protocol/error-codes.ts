import { z } from 'zod';

/**
 * Every error the server answers with: its code, HTTP status and meaning. The server can only
 * throw codes listed here (its `ApiError` takes an `ErrorCode`), so this table is complete.
 */
export const errorCodes = {
  invalid_json: { status: 400, meaning: 'The body is not JSON (or not UTF-8).' },
  invalid_request: {
    status: 400,
    meaning: 'The body does not match the schema: a missing field or a wrong type.',
  },
  unknown_field: { status: 400, meaning: 'The body has a field the endpoint does not know.' },
  too_many_changes: { status: 400, meaning: 'More than 1,000 changes in one sync request.' },
  key_empty: { status: 400, meaning: 'A change has an empty key.' },
  key_too_long: { status: 400, meaning: 'A key is longer than 256 characters.' },
  key_malformed: {
    status: 400,
    meaning: 'A key is not well-formed UTF-16: it holds a lone surrogate.',
  },
  value_too_large: { status: 400, meaning: 'A value is larger than 64 KiB as JSON.' },
  value_too_deep: {
    status: 400,
    meaning: 'A value nests arrays or objects more than 32 levels deep.',
  },
  value_not_a_number: {
    status: 400,
    meaning: 'A `max` or `min` change whose value is not a number.',
  },
  value_not_finite: {
    status: 400,
    meaning: 'A number in a change is not finite (such as `1e999`, which JSON reads as Infinity).',
  },
  invalid_hlc: {
    status: 400,
    meaning: 'An `hlc` is not `<15-digit ms>-<6-digit counter>-<device id>`.',
  },
  clock_skew: {
    status: 400,
    meaning: "An `hlc` is more than 5 minutes ahead of the server's clock.",
  },
  invalid_cursor: {
    status: 400,
    meaning: 'The cursor was not issued for this account by this server; sync again from `null`.',
  },
  device_name_empty: { status: 400, meaning: 'A device name is empty or only spaces.' },
  device_name_too_long: { status: 400, meaning: 'A device name is longer than 100 characters.' },
  device_name_invalid: {
    status: 400,
    meaning: 'A device name holds control or format characters (such as bidirectional overrides).',
  },
  missing_token: { status: 401, meaning: 'No `Authorization: Bearer <token>` header.' },
  invalid_token: {
    status: 401,
    meaning: 'The token is unknown: wrong, or its device was revoked or its account deleted.',
  },
  invalid_code: {
    status: 403,
    meaning: 'The pairing code or recovery key is wrong, expired or already used.',
  },
  quota_exceeded: {
    status: 403,
    meaning:
      'The push would take the account past its quota of stored bytes or registers; nothing of it was applied.',
  },
  too_many_devices: {
    status: 403,
    meaning: 'The account already has as many devices as it may; revoke one first.',
  },
  not_found: { status: 404, meaning: 'No such endpoint (path and method).' },
  device_not_found: { status: 404, meaning: 'No device with this id in your account.' },
  merge_rule_changed: {
    status: 409,
    meaning: 'A change’s merge rule differs from the rule its key was first stored with.',
  },
  body_too_large: {
    status: 413,
    meaning: 'The body is larger than 1 MiB (4 KiB on the endpoints that need no token).',
  },
  unsupported_media_type: { status: 415, meaning: 'The body is not sent as `application/json`.' },
  upgrade_required: {
    status: 426,
    meaning: 'Not a WebSocket handshake offering the `readalong-live.v1` subprotocol.',
  },
  too_many_accounts: {
    status: 429,
    meaning: 'Too many accounts created from this address; wait for `Retry-After` seconds.',
  },
  too_many_pairing_attempts: {
    status: 429,
    meaning: 'Too many wrong codes from this address; wait for `Retry-After` seconds.',
  },
  too_many_requests: {
    status: 429,
    meaning: 'Too many sync requests for this account; wait for `Retry-After` seconds.',
  },
  too_many_joins: {
    status: 429,
    meaning: 'Too many devices joined this account lately; wait for `Retry-After` seconds.',
  },
  internal_error: { status: 500, meaning: 'The server failed. Try again later.' },
} as const satisfies Record<string, { status: number; meaning: string }>;

export type ErrorCode = keyof typeof errorCodes;
export type ErrorStatus = (typeof errorCodes)[ErrorCode]['status'];

/** The body of every error response. */
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string().describe('One of the codes in docs/sync-protocol.md; stable, for programs.'),
    message: z.string().describe('A sentence for people; may change.'),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
