import { z } from 'zod';
import { MAX_DEVICE_NAME_LENGTH } from './limits';
import { recoveryKeySchema } from './recovery-key';

export const deviceNameSchema = z
  .string()
  .trim()
  .min(1, 'A device name cannot be empty.')
  .max(MAX_DEVICE_NAME_LENGTH, `A device name is at most ${MAX_DEVICE_NAME_LENGTH} characters.`)
  // Control and format characters (bidirectional overrides among them) would let one device
  // pose as another in the device list.
  .refine((name) => !/[\p{Cc}\p{Cf}]/u.test(name), {
    message: 'A device name cannot hold control or format characters.',
    params: { code: 'device_name_invalid' },
  })
  .describe('Shown in the device list, e.g. "Firefox on the laptop".');

export const tokenSchema = z
  .string()
  .describe('Send as `Authorization: Bearer <token>`. Opaque; shown once, store it safely.');

/** `POST /v1/accounts` */
export const createAccountRequestSchema = z
  .strictObject({ deviceName: deviceNameSchema })
  .meta({ id: 'CreateAccountRequest' });
export const createAccountResponseSchema = z
  .object({
    accountId: z.string(),
    deviceId: z.string().describe('Also the device id part of this device’s HLCs.'),
    token: tokenSchema,
    recoveryKey: recoveryKeySchema,
  })
  .meta({ id: 'CreateAccountResponse' });

export type CreateAccountRequest = z.input<typeof createAccountRequestSchema>;
export type CreateAccountResponse = z.infer<typeof createAccountResponseSchema>;
