import { z } from 'zod';

/** `POST /v1/pairing-codes` (no body) */
export const createPairingCodeResponseSchema = z
  .object({
    code: z
      .string()
      .describe('Like `7KQ2M-XR4TD`: 10 characters of Crockford base32 (50 bits). Works once.'),
    expiresAt: z.iso.datetime().describe('10 minutes after creation.'),
  })
  .meta({ id: 'CreatePairingCodeResponse' });

export type CreatePairingCodeResponse = z.infer<typeof createPairingCodeResponseSchema>;
