import { createRoute, z } from '@hono/zod-openapi';
import { errors, json } from '../openapi/responses';

/** `GET /v1/openapi.json` */
export const openApiDocument = createRoute({
  operationId: 'openapi',
  method: 'get',
  path: '/v1/openapi.json',
  summary: 'This document.',
  responses: {
    200: json(z.record(z.string(), z.unknown()), 'The OpenAPI 3.1 document of this server.'),
    ...errors(),
  },
});
