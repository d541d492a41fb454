import { z } from 'zod';
import type { Json } from '../register';
import { MAX_VALUE_BYTES, MAX_VALUE_DEPTH } from './limits';

export interface JsonShape {
  /** How deeply arrays and objects nest (1 for `[]`); the walk stops past MAX_VALUE_DEPTH. */
  depth: number;
  /** Whether every number in it is finite (`1e999` parses as Infinity, which JSON cannot hold). */
  finite: boolean;
}

/** The nesting depth of `value` and whether its numbers are finite, found without recursion. */
export function jsonShape(value: unknown): JsonShape {
  let deepest = 0;
  let finite = true;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item === 'number' && !Number.isFinite(item)) finite = false;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_VALUE_DEPTH) return { depth: deepest, finite };
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return { depth: deepest, finite };
}

/** The size of `value` written as JSON, in UTF-8 bytes. */
export function jsonByteLength(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).byteLength;
}

/** Any JSON value up to 64 KiB (as JSON) and 32 levels of nesting, with finite numbers only. */
export const jsonValueSchema = z
  .custom<Json>((value) => value !== undefined, 'A value is required (null is a value).')
  .superRefine((value, ctx) => {
    const shape = jsonShape(value);
    if (shape.depth > MAX_VALUE_DEPTH) {
      ctx.addIssue({
        code: 'custom',
        message: `A value nests arrays and objects at most ${MAX_VALUE_DEPTH} levels deep.`,
        params: { code: 'value_too_deep' },
      });
      return;
    }
    if (!shape.finite) {
      ctx.addIssue({
        code: 'custom',
        message:
          'A value holds a number that is not finite (such as 1e999); send finite numbers only.',
        params: { code: 'value_not_finite' },
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
