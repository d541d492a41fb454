import { createMiddleware } from 'hono/factory';
import { MAX_BODY_BYTES } from '../../shared/sync-protocol/limits';
import { ApiError } from '../api-error';

const tooLarge = () =>
  new ApiError('body_too_large', `A request body is at most ${MAX_BODY_BYTES} bytes (1 MiB).`);

/** The body's bytes, refusing more than MAX_BODY_BYTES whatever Content-Length claimed. */
async function readCapped(body: ReadableStream<Uint8Array> | null): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const parts: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
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
 * Reads a JSON body at the edge: 415 unless it is sent as `application/json`, 413 over 1 MiB
 * (by Content-Length and by the bytes actually read), 400 `invalid_json` for bad JSON. The text
 * is left in Hono's body cache, where the route's own validator (created by `createRouter()`
 * from the route's schema) reads it next.
 */
export const jsonBody = createMiddleware(async (c, next) => {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError(
      'unsupported_media_type',
      'Send the body as JSON with "Content-Type: application/json".',
    );
  }
  const declared = Number(c.req.header('Content-Length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  // Hono's body cache holds promises of the body read once (its type says otherwise).
  const cache = c.req.bodyCache as { text?: Promise<string> };
  cache.text = Promise.resolve(jsonText(await readCapped(c.req.raw.body)));
  await next();
});
