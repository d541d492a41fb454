import type { Env } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { z } from 'zod';
import { MAX_BODY_BYTES } from '../../shared/sync-protocol/limits';
import { requestErrorFrom } from '../../shared/sync-protocol/request-error';
import { ApiError } from '../api-error';
import { discardBody } from './discard-body';

const tooLarge = (maxBytes: number) =>
  new ApiError(
    'body_too_large',
    `A request body on this endpoint is at most ${maxBytes} bytes (${maxBytes >= 1024 * 1024 ? `${maxBytes / (1024 * 1024)} MiB` : `${maxBytes / 1024} KiB`}).`,
  );

/**
 * The body's bytes, refusing more than `maxBytes` whatever Content-Length claimed. A refused
 * body is discarded (see discard-body.ts), not cancelled, so the connection stays usable.
 */
async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const parts: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await discardBody(reader, size);
      throw tooLarge(maxBytes);
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch {
    throw new ApiError('invalid_json', 'The body is not valid JSON in UTF-8.');
  }
}

/**
 * Reads a JSON body and checks it against `schema` at the edge: 415 unless it is sent as
 * `application/json`, 413 over `maxBytes` (1 MiB unless the endpoint says less; by
 * Content-Length and by the bytes actually read, before any parsing), 400 for bad JSON or a
 * body the schema refuses, with the error code of the first problem. The handler gets the
 * parsed value from `c.req.valid('json')`.
 */
export function jsonBody<Schema extends z.ZodType>(schema: Schema, maxBytes = MAX_BODY_BYTES) {
  return createMiddleware<
    Env,
    string,
    { in: { json: z.input<Schema> }; out: { json: z.output<Schema> } }
  >(async (c, next) => {
    const type = c.req.header('Content-Type') ?? '';
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      throw new ApiError(
        'unsupported_media_type',
        'Send the body as JSON with "Content-Type: application/json".',
      );
    }
    const declared = Number(c.req.header('Content-Length') ?? '0');
    if (declared > maxBytes) {
      const body = c.req.raw.body;
      if (body) await discardBody(body.getReader(), 0);
      throw tooLarge(maxBytes);
    }
    const result = schema.safeParse(parseJson(await readCapped(c.req.raw.body, maxBytes)));
    if (!result.success) {
      const { code, message } = requestErrorFrom(result.error);
      throw new ApiError(code, message);
    }
    c.req.addValidatedData('json', result.data as object);
    await next();
  });
}
