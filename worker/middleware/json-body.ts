import { createMiddleware } from 'hono/factory';
import { MAX_BODY_BYTES, MAX_UNAUTHENTICATED_BODY_BYTES } from '../../shared/sync-protocol/limits';
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

/** The body as text, once it is known to be JSON in UTF-8. */
function jsonText(bytes: Uint8Array): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    JSON.parse(text);
    return text;
  } catch {
    throw new ApiError('invalid_json', 'The body is not valid JSON in UTF-8.');
  }
}

/**
 * Reads a JSON body at the edge: 415 unless it is sent as `application/json`, 413 over
 * `maxBytes` (1 MiB unless the endpoint says less; by Content-Length and by the bytes actually
 * read, before any parsing), 400 `invalid_json` for bad JSON. The text is left in Hono's body
 * cache, where the route's own validator (created by `createRouter()` from the route's schema)
 * reads it next.
 */
export function jsonBodyOf(maxBytes: number) {
  return createMiddleware(async (c, next) => {
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
    // Hono's body cache holds promises of the body read once (its type says otherwise).
    const cache = c.req.bodyCache as { text?: Promise<string> };
    cache.text = Promise.resolve(jsonText(await readCapped(c.req.raw.body, maxBytes)));
    await next();
  });
}

/** `jsonBodyOf` for endpoints that take the protocol's largest body (`MAX_BODY_BYTES`). */
export const jsonBody = jsonBodyOf(MAX_BODY_BYTES);

/** `jsonBodyOf` for the endpoints anyone may call without a token (a few KiB). */
export const smallJsonBody = jsonBodyOf(MAX_UNAUTHENTICATED_BODY_BYTES);
