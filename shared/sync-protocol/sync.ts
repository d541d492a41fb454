import { z } from 'zod';
import { changeSchema, registerChangeSchema } from './change';
import { MAX_CHANGES_PER_SYNC } from './limits';

const cursorSchema = z
  .string()
  .describe('Opaque. `null` (request only) pulls every register of the account.');

/** `POST /v1/sync`: push changes and pull what changed since `cursor`, in one round trip. */
export const syncRequestSchema = z
  .strictObject({
    cursor: cursorSchema.nullable(),
    changes: z
      .array(changeSchema)
      .max(MAX_CHANGES_PER_SYNC, `At most ${MAX_CHANGES_PER_SYNC} changes per request.`),
  })
  .meta({ id: 'SyncRequest' });
export const syncResponseSchema = z
  .object({
    cursor: cursorSchema,
    changes: z
      .array(registerChangeSchema)
      .describe('Every register whose value changed after the request’s cursor, oldest first.'),
    more: z.boolean().describe('true: call again (with the new cursor) for the next page.'),
    serverTime: z
      .number()
      .int()
      .nonnegative()
      .describe(
        'The server’s clock when it answered, in ms since 1970 (UTC). Clients stamp their changes from it, not from their own clock.',
      ),
  })
  .meta({ id: 'SyncResponse' });

export type SyncRequest = z.input<typeof syncRequestSchema>;
export type SyncResponse = z.infer<typeof syncResponseSchema>;
