import { createRoute } from '@hono/zod-openapi';
import { requireDevice } from '../middleware/require-device';
import { AUTH_ERRORS, errors } from '../openapi/responses';

/** `DELETE /v1/account` */
export const deleteAccount = createRoute({
  operationId: 'deleteAccount',
  method: 'delete',
  path: '/',
  summary: 'Delete the account and all its data: devices, codes and registers.',
  security: [{ bearer: [] }],
  middleware: [requireDevice] as const,
  responses: {
    204: { description: 'Deleted; no body.' },
    ...errors(...AUTH_ERRORS),
  },
});
