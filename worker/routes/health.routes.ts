import { createRoute } from '@hono/zod-openapi';
import { healthResponseSchema } from '../../shared/sync-protocol/health';
import { errors, json } from '../openapi/responses';

/** `GET /v1/health` */
export const health = createRoute({
  operationId: 'health',
  method: 'get',
  path: '/',
  summary: 'Whether the server is up, and its version.',
  responses: {
    200: json(healthResponseSchema, 'Up.'),
    ...errors(),
  },
});
