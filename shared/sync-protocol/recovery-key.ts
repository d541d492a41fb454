import { z } from 'zod';

export const recoveryKeySchema = z
  .string()
  .describe(
    'Like `VYQE-Z0MH-…`: 32 characters of Crockford base32 (160 bits). Adds a device like a pairing code, but never expires. Shown once: keep it safe.',
  );

/** `POST /v1/account/recovery-key` (no body) */
export const replaceRecoveryKeyResponseSchema = z
  .object({
    recoveryKey: recoveryKeySchema.describe(
      'The new recovery key; the one before it stopped working. Shown once: keep it safe.',
    ),
  })
  .meta({ id: 'ReplaceRecoveryKeyResponse' });

export type ReplaceRecoveryKeyResponse = z.infer<typeof replaceRecoveryKeyResponseSchema>;
