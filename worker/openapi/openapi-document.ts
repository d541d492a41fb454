import { z } from 'zod';
import { changeSchema, registerChangeSchema } from '../../shared/sync-protocol/change';
import { deviceSchema } from '../../shared/sync-protocol/devices';
import { type Endpoint, endpoints } from '../../shared/sync-protocol/endpoints';
import {
  type ErrorCode,
  errorCodes,
  errorResponseSchema,
} from '../../shared/sync-protocol/error-codes';

type JsonObject = Record<string, unknown>;

const allEndpoints = Object.entries(endpoints) as [string, Endpoint][];
const pascal = (id: string) => id[0]!.toUpperCase() + id.slice(1);
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** A name for every schema the document refers to: shared ones first, then by endpoint. */
function schemaNames(): Map<z.ZodType, string> {
  const names = new Map<z.ZodType, string>([
    [errorResponseSchema, 'Error'],
    [changeSchema, 'Change'],
    [registerChangeSchema, 'Register'],
    [deviceSchema, 'Device'],
  ]);
  for (const [id, endpoint] of allEndpoints) {
    if (endpoint.request && !names.has(endpoint.request)) {
      names.set(endpoint.request, `${pascal(id)}Request`);
    }
    if (endpoint.response && !names.has(endpoint.response)) {
      names.set(endpoint.response, `${pascal(id)}Response`);
    }
  }
  return names;
}

function componentSchemas(names: Map<z.ZodType, string>): JsonObject {
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of names) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _, $id: __, ...schema }]) => [id, schema]),
  );
}

function errorResponses(errors: readonly ErrorCode[]): JsonObject {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of [...errors, 'internal_error' as const]) {
    const { status } = errorCodes[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, codes]) => [
      String(status),
      {
        description: codes.map((code) => `\`${code}\`: ${errorCodes[code].meaning}`).join('\n\n'),
        content: { 'application/json': { schema: ref('Error') } },
      },
    ]),
  );
}

function operation(id: string, endpoint: Endpoint, names: Map<z.ZodType, string>): JsonObject {
  const json = (schema: z.ZodType) => ({
    'application/json': { schema: ref(names.get(schema)!) },
  });
  const parameters = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  return {
    operationId: id,
    summary: endpoint.summary,
    security: endpoint.auth ? [{ bearer: [] }] : [],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(endpoint.request
      ? { requestBody: { required: true, content: json(endpoint.request) } }
      : {}),
    responses: {
      [String(endpoint.status)]: {
        description: endpoint.status === 204 ? 'Done; no body.' : endpoint.summary,
        ...(endpoint.response ? { content: json(endpoint.response) } : {}),
      },
      ...errorResponses(endpoint.errors),
    },
  };
}

/** The OpenAPI 3.1 document, generated from the same zod schemas that check every request. */
export function openApiDocument(version: string): JsonObject {
  const names = schemaNames();
  const paths: Record<string, JsonObject> = {};
  for (const [id, endpoint] of allEndpoints) {
    paths[endpoint.path] = {
      ...paths[endpoint.path],
      [endpoint.method]: operation(id, endpoint, names),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Readalong sync server',
      version,
      description:
        'Keeps a learner’s progress in step across browsers. docs/sync-protocol.md describes the contract, the merge rules, the limits and every error.',
    },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: componentSchemas(names),
    },
  };
}
