import { describe, expect, it } from 'vitest';
import { endpoints } from '../../shared/sync-protocol/endpoints';
import {
  MAX_CHANGES_PER_SYNC,
  MAX_DEVICE_NAME_LENGTH,
  MAX_KEY_LENGTH,
} from '../../shared/sync-protocol/limits';
import { createApp } from '../../worker/app';
import { call } from './support/api';

interface Document {
  openapi: string;
  info: { version: string };
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, Record<string, unknown>> };
}

async function document(): Promise<Document> {
  const response = await call('GET', '/v1/openapi.json');
  expect(response.status).toBe(200);
  return (await response.json()) as Document;
}

/** The app's own routes, as `METHOD /path/{param}`. */
function appRoutes(): string[] {
  const routes = createApp()
    .routes.filter((route) => route.method !== 'ALL')
    .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
  return [...new Set(routes)].sort();
}

describe('GET /v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document of the running version', async () => {
    const doc = await document();
    expect(doc.openapi).toBe('3.1.0');
    const health = (await (await call('GET', '/v1/health')).json()) as { version: string };
    expect(doc.info.version).toBe(health.version);
  });

  it('documents every route the app serves, and no route it does not', async () => {
    const doc = await document();
    const documented = Object.entries(doc.paths)
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((m) => `${m.toUpperCase()} ${path}`),
      )
      .sort();
    expect(appRoutes().length).toBeGreaterThanOrEqual(Object.keys(endpoints).length);
    expect(documented).toEqual(appRoutes());
  });

  it('documents every error status of every operation, and 500', async () => {
    const doc = await document();
    for (const endpoint of Object.values(endpoints)) {
      const responses = doc.paths[endpoint.path]?.[endpoint.method]?.responses ?? {};
      expect(Object.keys(responses)).toContain(String(endpoint.status));
      expect(Object.keys(responses)).toContain('500');
      if (endpoint.auth) expect(Object.keys(responses)).toContain('401');
    }
  });

  it('is generated from the schemas that check requests: same limits, unknown fields refused', async () => {
    const { schemas } = (await document()).components;
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
    const doc = await document();
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)];
    expect(refs.length).toBeGreaterThan(10);
    for (const [, name] of refs) expect(doc.components.schemas).toHaveProperty(name!);
  });
});
