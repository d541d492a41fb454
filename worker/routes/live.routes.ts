import { createRoute } from '@hono/zod-openapi';
import { requireSocketDevice } from '../middleware/require-device';
import { AUTH_ERRORS, errors } from '../openapi/responses';

/** `GET /v1/live` */
export const live = createRoute({
  operationId: 'live',
  method: 'get',
  path: '/',
  summary:
    'Open the live channel: a WebSocket on which the server says "poke" when another device of the account changed registers. The token is offered as the subprotocol `bearer.<token>`, next to `readalong-live.v1`.',
  security: [{ socketBearer: [] }],
  middleware: [requireSocketDevice] as const,
  responses: {
    101: { description: 'Switching to the WebSocket; the server selects `readalong-live.v1`.' },
    ...errors(...AUTH_ERRORS, 'upgrade_required'),
  },
});
