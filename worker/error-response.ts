import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type ErrorCode, errorCodes } from '../shared/sync-protocol/error-codes';
import { ApiError } from './api-error';

function errorResponse(
  c: Context,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
) {
  return c.json(
    { error: { code, message } },
    errorCodes[code].status as ContentfulStatusCode,
    headers,
  );
}

/** Codes for errors Hono itself throws, by status. */
const codeByStatus: Partial<Record<number, ErrorCode>> = {
  400: 'invalid_request',
  401: 'missing_token',
  404: 'not_found',
  413: 'body_too_large',
  415: 'unsupported_media_type',
};

/**
 * The app's one error handler: every thrown error becomes `{ "error": { code, message } }`.
 * Anything unexpected is logged and answered with a plain 500, never its stack or SQL.
 */
export const handleError: ErrorHandler = (error, c) => {
  if (error instanceof ApiError) return errorResponse(c, error.code, error.message, error.headers);
  const known = error instanceof HTTPException ? codeByStatus[error.status] : undefined;
  if (known) return errorResponse(c, known, errorCodes[known].meaning);
  console.error(`${c.req.method} ${new URL(c.req.url).pathname} failed:`, error);
  return errorResponse(c, 'internal_error', 'The server failed. Try again later.');
};

export const handleNotFound: NotFoundHandler = (c) =>
  errorResponse(
    c,
    'not_found',
    `No endpoint ${c.req.method} ${new URL(c.req.url).pathname}; see /v1/openapi.json.`,
  );
