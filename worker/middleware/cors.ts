import type { Context } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from '../bindings';
import { readConfig } from '../config';

const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension):\/\/[A-Za-z0-9-]+$/;

/** Whether a browser page of `origin` may call the API: extensions, and ALLOWED_ORIGINS. */
export function isAllowedOrigin(origin: string, allowedOrigins: readonly string[]): boolean {
  return EXTENSION_ORIGIN.test(origin) || allowedOrigins.includes(origin);
}

/** CORS for the extension's pages and the origins listed in wrangler.toml; nothing else. */
export const corsMiddleware = cors({
  origin: (origin, c: Context<AppEnv>) =>
    isAllowedOrigin(origin, readConfig(c.env).allowedOrigins) ? origin : null,
  allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
  allowHeaders: ['Authorization', 'Content-Type'],
  exposeHeaders: ['Retry-After'],
  maxAge: 86_400,
});
