import { createRouter } from './create-router';
import { handleError, handleNotFound } from './error-response';
import { corsMiddleware } from './middleware/cors';
import { accountRoutes } from './routes/account';
import { accountsRoutes } from './routes/accounts';
import { devicesRoutes } from './routes/devices';
import { healthRoutes } from './routes/health';
import { liveRoutes } from './routes/live';
import { openApiDocument } from './routes/openapi.routes';
import { pairingCodesRoutes } from './routes/pairing-codes';
import { recoveryKeyRoutes } from './routes/recovery-key';
import { syncRoutes } from './routes/sync';
import { VERSION } from './version';

/**
 * The sync server: one sub-app per resource (each route defined once, with its schemas and
 * errors, in `routes/<resource>.routes.ts`), CORS for extension origins, one error handler that
 * turns every thrown error into `{ "error": { code, message } }`, and the OpenAPI document
 * generated from the route definitions.
 */
export function createApp() {
  const app = createRouter();
  app.use('*', corsMiddleware);
  app.use('*', async (c, next) => {
    await next();
    // A 101 holds the live channel's socket, which a copy of the response would drop.
    if (c.res.status === 101) return;
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
  });
  app.notFound(handleNotFound);
  app.onError(handleError);
  const routes = app
    .route('/v1/health', healthRoutes)
    .route('/v1/accounts', accountsRoutes)
    .route('/v1/pairing-codes', pairingCodesRoutes)
    .route('/v1/devices', devicesRoutes)
    .route('/v1/account', accountRoutes)
    .route('/v1/account/recovery-key', recoveryKeyRoutes)
    .route('/v1/sync', syncRoutes)
    .route('/v1/live', liveRoutes);
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'socketBearer', {
    type: 'apiKey',
    in: 'header',
    name: 'Sec-WebSocket-Protocol',
    description:
      'The token offered as the subprotocol `bearer.<token>` (browsers cannot set `Authorization` on a WebSocket).',
  });
  let document: ReturnType<typeof app.getOpenAPI31Document> | undefined;
  return routes.openapi(openApiDocument, (c) => {
    document ??= app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'Readalong sync server',
        version: VERSION,
        description:
          'Keeps a learner’s progress in step across browsers. docs/sync-protocol.md describes the contract, the merge rules, the limits and every error.',
      },
    });
    return c.json(document, 200);
  });
}

/** The app's type, for a typed client: `hc<AppType>(serverUrl)` from 'hono/client'. */
export type AppType = ReturnType<typeof createApp>;
