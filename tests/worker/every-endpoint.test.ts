import { describe, expect, it } from 'vitest';
import { type Endpoint, endpoints } from '../../shared/sync-protocol/endpoints';
import { MAX_BODY_BYTES } from '../../shared/sync-protocol/limits';
import { call, createAccount, expectError } from './support/api';

/** Every endpoint of the table the OpenAPI document is made from, with a real path. */
async function everyEndpoint() {
  const { token, deviceId } = await createAccount();
  return (Object.entries(endpoints) as [string, Endpoint][]).map(([id, endpoint]) => ({
    id,
    endpoint,
    method: endpoint.method.toUpperCase(),
    path: endpoint.path.replace('{deviceId}', deviceId),
    token,
  }));
}

describe('every endpoint', () => {
  it('that needs a token answers 401 without one, and documents it; one that does not, never', async () => {
    for (const { id, endpoint, method, path } of await everyEndpoint()) {
      const response = await call(method, path, endpoint.request ? { json: {} } : {});
      if (endpoint.auth) {
        await expectError(response, 401, 'missing_token');
        expect(endpoint.errors, id).toEqual(
          expect.arrayContaining(['missing_token', 'invalid_token']),
        );
      } else expect(response.status, id).not.toBe(401);
    }
  });

  it('that takes a body refuses one that is not JSON, not valid JSON or over 1 MiB', async () => {
    const withBody = (await everyEndpoint()).filter(({ endpoint }) => endpoint.request);
    expect(withBody.map(({ id }) => id).sort()).toEqual([
      'addDevice',
      'createAccount',
      'renameDevice',
      'sync',
    ]);
    for (const { endpoint, method, path, token } of withBody) {
      const send = (body: string, type = 'application/json') =>
        call(method, path, { token, body, headers: { 'Content-Type': type } });
      // …and documents those errors in /v1/openapi.json.
      expect(endpoint.errors).toEqual(
        expect.arrayContaining(['unsupported_media_type', 'invalid_json', 'body_too_large']),
      );
      await expectError(await send('{}', 'text/plain'), 415, 'unsupported_media_type');
      await expectError(await send('{"oops"'), 400, 'invalid_json');
      await expectError(await send(' '.repeat(MAX_BODY_BYTES + 1)), 413, 'body_too_large');
    }
  });
});
