import { Hono } from 'hono';
import type { AppEnv } from '../bindings';
import { openApiDocument } from '../openapi/openapi-document';
import { VERSION } from '../version';

let document: Record<string, unknown> | undefined;

export const openApiRoutes = new Hono<AppEnv>().get('/', (c) => {
  document ??= openApiDocument(VERSION);
  return c.json(document, 200);
});
