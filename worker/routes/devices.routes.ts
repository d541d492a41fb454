import { createRoute, z } from '@hono/zod-openapi';
import {
  addDeviceRequestSchema,
  addDeviceResponseSchema,
  deviceSchema,
  listDevicesResponseSchema,
  renameDeviceRequestSchema,
} from '../../shared/sync-protocol/devices';
import { jsonBody, smallJsonBody } from '../middleware/json-body';
import { requireDevice } from '../middleware/require-device';
import { AUTH_ERRORS, BODY_ERRORS, errors, json, jsonRequest } from '../openapi/responses';

const deviceParams = z.object({ deviceId: z.string() });

/** `POST /v1/devices` */
export const addDevice = createRoute({
  operationId: 'addDevice',
  method: 'post',
  path: '/',
  summary: 'Join an account with a pairing code or the recovery key.',
  middleware: [smallJsonBody] as const,
  request: { body: jsonRequest(addDeviceRequestSchema) },
  responses: {
    201: json(addDeviceResponseSchema, 'The new device and its token.'),
    ...errors(
      ...BODY_ERRORS,
      'device_name_empty',
      'device_name_too_long',
      'device_name_invalid',
      'invalid_code',
      'too_many_pairing_attempts',
      'too_many_devices',
      'too_many_joins',
    ),
  },
});

/** `GET /v1/devices` */
export const listDevices = createRoute({
  operationId: 'listDevices',
  method: 'get',
  path: '/',
  summary: 'The devices of the account.',
  security: [{ bearer: [] }],
  middleware: [requireDevice] as const,
  responses: {
    200: json(listDevicesResponseSchema, 'Oldest first.'),
    ...errors(...AUTH_ERRORS),
  },
});

/** `PATCH /v1/devices/{deviceId}` */
export const renameDevice = createRoute({
  operationId: 'renameDevice',
  method: 'patch',
  path: '/{deviceId}',
  summary: 'Rename a device of the account.',
  security: [{ bearer: [] }],
  middleware: [requireDevice, jsonBody] as const,
  request: {
    params: deviceParams,
    body: jsonRequest(renameDeviceRequestSchema),
  },
  responses: {
    200: json(deviceSchema, 'The renamed device.'),
    ...errors(
      ...AUTH_ERRORS,
      ...BODY_ERRORS,
      'device_name_empty',
      'device_name_too_long',
      'device_name_invalid',
      'device_not_found',
    ),
  },
});

/** `DELETE /v1/devices/{deviceId}` */
export const revokeDevice = createRoute({
  operationId: 'revokeDevice',
  method: 'delete',
  path: '/{deviceId}',
  summary: 'Revoke a device (this one too): its token stops working at once.',
  security: [{ bearer: [] }],
  middleware: [requireDevice] as const,
  request: { params: deviceParams },
  responses: {
    204: { description: 'Revoked; no body.' },
    ...errors(...AUTH_ERRORS, 'device_not_found'),
  },
});
