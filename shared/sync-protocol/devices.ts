import { z } from 'zod';
import { deviceNameSchema, tokenSchema } from './accounts';
import { MAX_CODE_LENGTH } from './limits';

/** `POST /v1/devices`: join an account with a pairing code or the recovery key. */
export const addDeviceRequestSchema = z
  .strictObject({
    code: z
      .string()
      .min(1, 'A pairing code or recovery key is required.')
      .max(MAX_CODE_LENGTH, `A code is at most ${MAX_CODE_LENGTH} characters.`)
      .describe(
        'A pairing code or the recovery key. Case, spaces and dashes do not matter; O reads as 0, I and L as 1.',
      ),
    deviceName: deviceNameSchema,
  })
  .meta({ id: 'AddDeviceRequest' });
export const addDeviceResponseSchema = z
  .object({
    accountId: z.string(),
    deviceId: z.string(),
    token: tokenSchema,
  })
  .meta({ id: 'AddDeviceResponse' });

export const deviceSchema = z
  .object({
    deviceId: z.string(),
    name: z.string(),
    createdAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime().describe('To the minute: updated at most once a minute.'),
    current: z.boolean().describe('Whether this is the device making the request.'),
  })
  .meta({ id: 'Device' });

/** `GET /v1/devices` */
export const listDevicesResponseSchema = z
  .object({ devices: z.array(deviceSchema) })
  .meta({ id: 'ListDevicesResponse' });

/** `PATCH /v1/devices/{deviceId}` */
export const renameDeviceRequestSchema = z
  .strictObject({ name: deviceNameSchema })
  .meta({ id: 'RenameDeviceRequest' });

export type AddDeviceRequest = z.input<typeof addDeviceRequestSchema>;
export type AddDeviceResponse = z.infer<typeof addDeviceResponseSchema>;
export type Device = z.infer<typeof deviceSchema>;
export type ListDevicesResponse = z.infer<typeof listDevicesResponseSchema>;
export type RenameDeviceRequest = z.input<typeof renameDeviceRequestSchema>;
