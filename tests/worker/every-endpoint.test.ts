import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../shared/sync-protocol/limits';
import { call, createAccount, expectError } from './support/api';
import { documentedOperations } from './support/openapi';

/** Every operation /v1/openapi.json documents, with a real path. */
async function everyEndpoint() {
  const { token, deviceId } = await createAccount();
  return (await documentedOperations()).map((endpoint) => ({
    ...endpoint,
    id: endpoint.operation.operationId ?? `${endpoint.method} ${endpoint.path}`,
    path: endpoint.path.replace('{deviceId}', deviceId),
    token,
  }));
}

describe('every endpoint', () => {
  it('that needs a token answers 401 without one, and documents it; one that does not, never', async () => {
    for (const { id, operation, auth, errors, method, path } of await everyEndpoint()) {
      const response = await call(method, path, operation.requestBody ? { json: {} } : {});
      if (auth) {
        await expectError(response, 401, 'missing_token');
        expect(errors, id).toEqual(expect.arrayContaining(['missing_token', 'invalid_token']));
      } else expect(response.status, id).not.toBe(401);
    }
  });

  it('that takes a body refuses one that is not JSON, not valid JSON or over 1 MiB', async () => {
    const withBody = (await everyEndpoint()).filter(({ operation }) => operation.requestBody);
    expect(withBody.map(({ id }) => id).sort()).toEqual([
      'addDevice',
      'createAccount',
      'renameDevice',
      'sync',
    ]);
    for (const { id, errors, method, path, token } of withBody) {
      const send = (body: string, type = 'application/json') =>
        call(method, path, { token, body, headers: { 'Content-Type': type } });
      // …and documents those errors in /v1/openapi.json.
      expect(errors, id).toEqual(
        expect.arrayContaining(['unsupported_media_type', 'invalid_json', 'body_too_large']),
      );
      await expectError(await send('{}', 'text/plain'), 415, 'unsupported_media_type');
      await expectError(await send('{"oops"'), 400, 'invalid_json');
      await expectError(await send(' '.repeat(MAX_BODY_BYTES + 1)), 413, 'body_too_large');
    }
  });
});
