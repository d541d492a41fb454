import { describe, expect, it } from 'vitest';
import {
  MAX_CHANGES_PER_SYNC,
  MAX_DEVICE_NAME_LENGTH,
  MAX_KEY_LENGTH,
} from '../../shared/sync-protocol/limits';
import { createApp } from '../../worker/app';
import { call } from './support/api';
import { documentedOperations, openApiDocument } from './support/openapi';

/** The app's own routes, as `METHOD /path/{param}`. */
function appRoutes(): string[] {
  const routes = createApp()
    .routes.filter((route) => route.method !== 'ALL')
    .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
  return [...new Set(routes)].sort();
}

describe('GET /v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document of the running version', async () => {
    const doc = await openApiDocument();
    expect(doc.openapi).toBe('3.1.0');
    const health = (await (await call('GET', '/v1/health')).json()) as { version: string };
    expect(doc.info.version).toBe(health.version);
  });

  it('documents every route the app serves, and no route it does not', async () => {
    const documented = (await documentedOperations())
      .map(({ method, path }) => `${method} ${path}`)
      .sort();
    expect(documented).toHaveLength(12);
    expect(documented).toEqual(appRoutes());
  });

  it('documents a success (or switching to a WebSocket), 500, and 401 for every operation that needs a token', async () => {
    for (const { method, path, operation, auth, errors } of await documentedOperations()) {
      const statuses = Object.keys(operation.responses);
      expect(
        statuses.filter((status) => /^(2|101)/.test(status)),
        `${method} ${path}`,
      ).toHaveLength(1);
      expect(statuses).toContain('500');
      expect(errors).toContain('internal_error');
      if (auth) {
        expect(statuses).toContain('401');
        expect(errors).toEqual(expect.arrayContaining(['missing_token', 'invalid_token']));
      }
    }
  });

  it('is generated from the schemas that check requests: same limits, unknown fields refused', async () => {
    const { schemas } = (await openApiDocument()).components;
    const sync = schemas.SyncRequest as {
      additionalProperties: boolean;
      properties: { changes: { maxItems: number } };
    };
    expect(sync.additionalProperties).toBe(false);
    expect(sync.properties.changes.maxItems).toBe(MAX_CHANGES_PER_SYNC);
    const change = schemas.Change as {
      additionalProperties: boolean;
      required: string[];
      properties: { key: { maxLength: number }; merge: { enum: string[] } };
    };
    expect(change.additionalProperties).toBe(false);
    expect(change.required.sort()).toEqual(['hlc', 'key', 'value']);
    expect(change.properties.key.maxLength).toBe(MAX_KEY_LENGTH);
    expect(change.properties.merge.enum).toEqual(['lww', 'max', 'min']);
    const account = schemas.CreateAccountRequest as {
      properties: { deviceName: { maxLength: number } };
    };
    expect(account.properties.deviceName.maxLength).toBe(MAX_DEVICE_NAME_LENGTH);
    expect(JSON.stringify(schemas)).not.toContain('"$schema"');
  });

  it('refers only to schemas it defines', async () => {
    const doc = await openApiDocument();
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)];
    expect(refs.length).toBeGreaterThan(10);
    for (const [, name] of refs) expect(doc.components.schemas).toHaveProperty(name!);
  });
});
