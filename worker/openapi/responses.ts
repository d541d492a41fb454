import type { z } from 'zod';
import {
  type ErrorCode,
  errorCodes,
  errorResponseSchema,
} from '../../shared/sync-protocol/error-codes';

const errorSchema = errorResponseSchema.meta({ id: 'Error' });

/** Errors of every endpoint that takes a JSON body (read by `jsonBody`, checked by its schema). */
export const BODY_ERRORS = [
  'invalid_json',
  'invalid_request',
  'unknown_field',
  'body_too_large',
  'unsupported_media_type',
] as const satisfies readonly ErrorCode[];

/** Errors of every endpoint behind `requireDevice`. */
export const AUTH_ERRORS = [
  'missing_token',
  'invalid_token',
] as const satisfies readonly ErrorCode[];

/** A route's JSON response, as `createRoute` takes it. */
export function json<Schema extends z.ZodType>(schema: Schema, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** A route's JSON request body, read by `jsonBody` (list it in the route's middleware). */
export function jsonRequest<Schema extends z.ZodType>(schema: Schema) {
  return { required: true, content: { 'application/json': { schema } } };
}

/**
 * The error responses of a route, by status, each listing its codes and their meaning
 * (`internal_error` is always one of them): how a route documents every error it can answer.
 */
export function errors(...codes: ErrorCode[]) {
  const byStatus: Record<number, ReturnType<typeof json<typeof errorSchema>>> = {};
  for (const code of [...codes, 'internal_error' as const]) {
    const { status, meaning } = errorCodes[code];
    const line = `\`${code}\`: ${meaning}`;
    const previous = byStatus[status]?.description;
    byStatus[status] = json(errorSchema, previous ? `${previous}\n\n${line}` : line);
  }
  return byStatus;
}
