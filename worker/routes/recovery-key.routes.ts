import { createRoute } from '@hono/zod-openapi';
import { replaceRecoveryKeyResponseSchema } from '../../shared/sync-protocol/recovery-key';
import { requireDevice } from '../middleware/require-device';
import { AUTH_ERRORS, errors, json } from '../openapi/responses';

/** `POST /v1/account/recovery-key` (no body) */
export const replaceRecoveryKey = createRoute({
  operationId: 'replaceRecoveryKey',
  method: 'post',
  path: '/',
  summary:
    'A new recovery key for the account, shown once; the old one stops working at once. Devices stay signed in.',
  security: [{ bearer: [] }],
  middleware: [requireDevice] as const,
  responses: {
    201: json(replaceRecoveryKeyResponseSchema, 'The new recovery key.'),
    ...errors(...AUTH_ERRORS),
  },
});
