import { type Hook, OpenAPIHono } from '@hono/zod-openapi';
import { requestErrorFrom } from '../shared/sync-protocol/request-error';
import { ApiError } from './api-error';
import type { AppEnv } from './bindings';

/**
 * Where every request is validated: a route's params and JSON body are checked against the
 * schemas of its `createRoute` definition, and the first problem is answered as
 * `{ "error": { code, message } }` (the codes of request-error.ts). `jsonBody` has read the body
 * before (content type, size, valid JSON).
 */
// biome-ignore lint/suspicious/noExplicitAny: one hook for the routes of every input type.
const refuseInvalidRequest: Hook<any, AppEnv, string, unknown> = (result) => {
  if (!result.success) {
    const { code, message } = requestErrorFrom(result.error);
    throw new ApiError(code, message);
  }
};

/** A sub-app of routes defined with `createRoute`: strict paths, requests checked as above. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({ strict: true, defaultHook: refuseInvalidRequest });
}
