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
