import { z } from 'zod';

/** `GET /v1/health` */
export const healthResponseSchema = z
  .object({
    ok: z.literal(true),
    version: z.string().describe('The server’s version, from its package.json.'),
  })
  .meta({ id: 'HealthResponse' });

export type HealthResponse = z.infer<typeof healthResponseSchema>;
