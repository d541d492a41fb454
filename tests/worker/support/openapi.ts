import { expect } from 'vitest';
import { call } from './api';

export interface Operation {
  operationId?: string;
  summary: string;
  security?: Record<string, string[]>[];
  requestBody?: { required: boolean; content: Record<string, unknown> };
  responses: Record<string, { description: string; content?: Record<string, unknown> }>;
}

export interface Document {
  openapi: string;
  info: { version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Record<string, unknown>> };
}

/** GET /v1/openapi.json, as the server serves it. */
export async function openApiDocument(): Promise<Document> {
  const response = await call('GET', '/v1/openapi.json');
  expect(response.status).toBe(200);
  return (await response.json()) as Document;
}

/** Every operation of the document, as `GET /v1/devices/{deviceId}` with its description. */
export async function documentedOperations() {
  const doc = await openApiDocument();
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      operation,
      /** Needs a token: `Authorization: Bearer <token>`, or the subprotocol `bearer.<token>`. */
      auth: (operation.security ?? []).length > 0,
      /** The error codes its responses document, e.g. `invalid_json`. */
      errors: Object.values(operation.responses).flatMap(({ description }) =>
        [...description.matchAll(/^`(\w+)`:/gm)].map(([, code]) => code!),
      ),
    })),
  );
}
