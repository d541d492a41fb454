import { type HttpUrlParts, parsePlainHttpUrl } from './plain-http-url';

/**
 * The parts of text that is an absolute http(s) URL, as `parseHttpUrl` reads them: a plain
 * URL is split without `new URL()` (plain-http-url.ts), any other is parsed.
 */
export function readHttpUrl(text: string): HttpUrlParts | null {
  return parsePlainHttpUrl(text) ?? parseHttpUrl(text);
}

/** Text that is an absolute http(s) URL, parsed; anything else (other schemes, no scheme) → null. */
export function parseHttpUrl(text: string): URL | null {
  const trimmed = text.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    return new URL(trimmed);
  } catch {
    return null;
  }
}

/**
 * An item's link must start so (http or https, any case): the curriculum schema's `url`
 * (`httpUrlSchema` checks the protocol itself; this is the same rule as a JSON Schema
 * `pattern`, which docs/curriculum.schema.json puts on `url`), and what a stored curriculum's
 * links are checked against before a page draws them (extension/lib/curriculum-shape.ts).
 */
export const HTTP_URL_PATTERN = '^[Hh][Tt][Tt][Pp][Ss]?://';
