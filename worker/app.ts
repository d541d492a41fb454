import { Hono } from 'hono';
import type { AppEnv } from './bindings';
import { handleError, handleNotFound } from './error-response';
import { corsMiddleware } from './middleware/cors';
import { accountRoutes } from './routes/account';
import { accountsRoutes } from './routes/accounts';
import { devicesRoutes } from './routes/devices';
import { healthRoutes } from './routes/health';
import { openApiRoutes } from './routes/openapi';
import { pairingCodesRoutes } from './routes/pairing-codes';
import { syncRoutes } from './routes/sync';

/**
 * The sync server: one sub-app per resource, CORS for extension origins, and one error
 * handler that turns every thrown error into `{ "error": { code, message } }`.
 */
export function createApp() {
  const app = new Hono<AppEnv>({ strict: true });
  app.use('*', corsMiddleware);
  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
  });
  app.notFound(handleNotFound);
  app.onError(handleError);
  return app
    .route('/v1/health', healthRoutes)
    .route('/v1/openapi.json', openApiRoutes)
    .route('/v1/accounts', accountsRoutes)
    .route('/v1/pairing-codes', pairingCodesRoutes)
    .route('/v1/devices', devicesRoutes)
    .route('/v1/account', accountRoutes)
    .route('/v1/sync', syncRoutes);
}

/** The app's type, for a typed client: `hc<AppType>(serverUrl)` from 'hono/client'. */
export type AppType = ReturnType<typeof createApp>;
