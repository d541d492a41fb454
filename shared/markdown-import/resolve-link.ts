import { type HttpUrlParts, parsePlainHttpUrl } from '../plain-http-url';

/** What a link's target means for the importer. */
export type LinkTarget =
  /** An absolute http(s) URL: a resource; `parts` are its parts, as `readHttpUrl(url)` reads them. */
  | { kind: 'http'; url: string; parts: HttpUrlParts }
  /** `#anchor`, `mailto:`, `tel:` and other schemes: navigation or contact, never an item. */
  | { kind: 'ignored' }
  /** An empty target, or a relative one with no base to resolve it: read as plain text. */
  | { kind: 'text' };

const HTTP = new Set(['http:', 'https:']);

export function resolveLink(href: string, base: string | undefined): LinkTarget {
  const target = href.trim();
  if (target === '') return { kind: 'text' };
  if (target.startsWith('#')) return { kind: 'ignored' };
  const plain = parsePlainHttpUrl(target);
  if (plain) return { kind: 'http', url: plain.href, parts: plain };
  const absolute = parseUrl(target);
  if (absolute) return httpTarget(absolute);
  if (base === undefined) return { kind: 'text' };
  const relative = parseUrl(target, base);
  return relative ? httpTarget(relative) : IGNORED;
}

/** `url` as a resource when it is http(s), the `URL` its parts. */
function httpTarget(url: URL): LinkTarget {
  return HTTP.has(url.protocol) ? { kind: 'http', url: url.href, parts: url } : IGNORED;
}

const IGNORED: LinkTarget = { kind: 'ignored' };

function parseUrl(url: string, base?: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}
