import { Hono } from 'hono';
import type { AppEnv } from '../bindings';
import { VERSION } from '../version';

export const healthRoutes = new Hono<AppEnv>().get('/', (c) =>
  c.json({ ok: true as const, version: VERSION }, 200),
);
