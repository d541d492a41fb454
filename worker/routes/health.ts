import { createRouter } from '../create-router';
import { VERSION } from '../version';
import * as routes from './health.routes';

export const healthRoutes = createRouter().openapi(routes.health, (c) =>
  c.json({ ok: true as const, version: VERSION }, 200),
);
