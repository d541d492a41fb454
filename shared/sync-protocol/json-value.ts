import { z } from 'zod';
import type { Json } from '../register';
import { MAX_VALUE_BYTES, MAX_VALUE_DEPTH } from './limits';

/** How deeply arrays and objects nest in `value`, counted without recursion (1 for `[]`). */
export function jsonDepth(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_VALUE_DEPTH) return deepest;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** The size of `value` written as JSON, in UTF-8 bytes. */
export function jsonByteLength(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).byteLength;
}

/** Any JSON value up to 64 KiB (as JSON) and 32 levels of nesting. */
export const jsonValueSchema = z
  .custom<Json>((value) => value !== undefined, 'A value is required (null is a value).')
  .superRefine((value, ctx) => {
    if (jsonDepth(value) > MAX_VALUE_DEPTH) {
      ctx.addIssue({
        code: 'custom',
        message: `A value nests arrays and objects at most ${MAX_VALUE_DEPTH} levels deep.`,
        params: { code: 'value_too_deep' },
      });
      return;
    }
    const bytes = jsonByteLength(value);
    if (bytes > MAX_VALUE_BYTES) {
      ctx.addIssue({
        code: 'custom',
        message: `A value is at most ${MAX_VALUE_BYTES} bytes as JSON; this one is ${bytes}.`,
        params: { code: 'value_too_large' },
      });
    }
  })
  .meta({
    // For the OpenAPI document: a zod custom type has no JSON Schema of its own.
    type: ['null', 'boolean', 'number', 'string', 'array', 'object'],
    description: `Any JSON value, at most ${MAX_VALUE_BYTES} bytes as JSON and ${MAX_VALUE_DEPTH} levels deep.`,
  });
