import { LIVE_PROTOCOL, offeredProtocols } from '../../shared/sync-protocol/live';
import { ApiError } from '../api-error';
import { createRouter } from '../create-router';
import { accountHub, DEVICE_HEADER } from '../live/account-hub';
import * as routes from './live.routes';

/** `GET /v1/live`: hands the authenticated handshake to the account's hub, which accepts it. */
export const liveRoutes = createRouter().openapi(routes.live, async (c) => {
  const offered = offeredProtocols(c.req.header('Sec-WebSocket-Protocol'));
  if (c.req.header('Upgrade')?.toLowerCase() !== 'websocket' || !offered.includes(LIVE_PROTOCOL)) {
    throw new ApiError(
      'upgrade_required',
      `Open a WebSocket offering the subprotocols "${LIVE_PROTOCOL}" and "bearer.<token>".`,
      { Upgrade: 'websocket' },
    );
  }
  const { accountId, deviceId } = c.var.device;
  return accountHub(c.env, accountId).fetch('https://account-hub/socket', {
    headers: { Upgrade: 'websocket', [DEVICE_HEADER]: deviceId },
  });
});
