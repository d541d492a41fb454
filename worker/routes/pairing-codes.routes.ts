import { createRoute } from '@hono/zod-openapi';
import { createPairingCodeResponseSchema } from '../../shared/sync-protocol/pairing-codes';
import { requireDevice } from '../middleware/require-device';
import { AUTH_ERRORS, errors, json } from '../openapi/responses';

/** `POST /v1/pairing-codes` (no body) */
export const createPairingCode = createRoute({
  operationId: 'createPairingCode',
  method: 'post',
  path: '/',
  summary: 'A short code, valid once for 10 minutes, that adds another browser to the account.',
  security: [{ bearer: [] }],
  middleware: [requireDevice] as const,
  responses: {
    201: json(createPairingCodeResponseSchema, 'The code.'),
    ...errors(...AUTH_ERRORS),
  },
});
