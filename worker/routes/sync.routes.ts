import { createRoute } from '@hono/zod-openapi';
import { syncRequestSchema, syncResponseSchema } from '../../shared/sync-protocol/sync';
import { jsonBody } from '../middleware/json-body';
import { limitSyncRequests } from '../middleware/limit-sync-requests';
import { requireDevice } from '../middleware/require-device';
import { AUTH_ERRORS, BODY_ERRORS, errors, json, jsonRequest } from '../openapi/responses';

/** `POST /v1/sync` */
export const sync = createRoute({
  operationId: 'sync',
  method: 'post',
  path: '/',
  summary: 'Push changes and pull every register changed since the cursor, in one round trip.',
  security: [{ bearer: [] }],
  middleware: [requireDevice, limitSyncRequests, jsonBody] as const,
  request: { body: jsonRequest(syncRequestSchema) },
  responses: {
    200: json(syncResponseSchema, 'The next page of changes after the cursor.'),
    ...errors(
      ...AUTH_ERRORS,
      ...BODY_ERRORS,
      'too_many_changes',
      'key_empty',
      'key_too_long',
      'key_malformed',
      'value_too_large',
      'value_too_deep',
      'value_not_a_number',
      'value_not_finite',
      'invalid_hlc',
      'clock_skew',
      'invalid_cursor',
      'merge_rule_changed',
      'quota_exceeded',
      'too_many_requests',
    ),
  },
});
