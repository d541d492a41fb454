import { createRoute } from '@hono/zod-openapi';
import {
  createAccountRequestSchema,
  createAccountResponseSchema,
} from '../../shared/sync-protocol/accounts';
import { smallJsonBody } from '../middleware/json-body';
import { BODY_ERRORS, errors, json, jsonRequest } from '../openapi/responses';

/** `POST /v1/accounts` */
export const createAccount = createRoute({
  operationId: 'createAccount',
  method: 'post',
  path: '/',
  summary: 'Create an account and its first device.',
  middleware: [smallJsonBody] as const,
  request: { body: jsonRequest(createAccountRequestSchema) },
  responses: {
    201: json(createAccountResponseSchema, 'The account, and this device’s token.'),
    ...errors(
      ...BODY_ERRORS,
      'device_name_empty',
      'device_name_too_long',
      'device_name_invalid',
      'too_many_accounts',
    ),
  },
});
