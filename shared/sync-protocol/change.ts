import { z } from 'zod';
import { HLC_PATTERN } from '../hlc';
import { jsonValueSchema } from './json-value';
import { MAX_KEY_LENGTH } from './limits';

export const mergeRuleSchema = z
  .enum(['lww', 'max', 'min'])
  .describe('lww: the greater hlc wins. max / min: the greater / smaller number wins.');

/**
 * A key is well-formed UTF-16: a lone surrogate cannot be stored as UTF-8, and D1 would turn
 * it into U+FFFD, making two different keys one register.
 */
export const keySchema = z
  .string()
  .min(1, 'A key cannot be empty.')
  .max(MAX_KEY_LENGTH, `A key is at most ${MAX_KEY_LENGTH} characters.`)
  .refine((key) => key.isWellFormed(), {
    message: 'A key must be well-formed Unicode text: it holds a lone surrogate.',
    params: { code: 'key_malformed' },
  });

export const hlcSchema = z
  .string()
  .regex(HLC_PATTERN, 'An hlc is `<15-digit ms>-<6-digit counter>-<device id>`.')
  .describe('Hybrid logical clock; string order is clock order.');

/** One change a client sends: a new value for one register. */
export const changeSchema = z
  .strictObject({
    key: keySchema,
    value: jsonValueSchema,
    hlc: hlcSchema,
    merge: mergeRuleSchema.optional().describe('Defaults to lww.'),
  })
  .superRefine((change, ctx) => {
    if (change.merge !== undefined && change.merge !== 'lww' && typeof change.value !== 'number') {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `A "${change.merge}" change needs a number as its value.`,
        params: { code: 'value_not_a_number' },
      });
    }
  })
  .meta({ id: 'Change' });

/** One register as the server sends it back: its winning value, always with its rule. */
export const registerChangeSchema = z
  .object({
    key: z.string(),
    value: jsonValueSchema,
    hlc: z.string(),
    merge: mergeRuleSchema,
  })
  .meta({ id: 'Register' });

export type SyncChange = z.infer<typeof changeSchema>;
export type RegisterChange = z.infer<typeof registerChangeSchema>;
