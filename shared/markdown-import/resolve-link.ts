import { parsePlainHttpUrl } from '../plain-http-url';

/** What a link's target means for the importer. */
export type LinkTarget =
  /** An absolute http(s) URL: a resource. */
  | { kind: 'http'; url: string }
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
  if (plain) return { kind: 'http', url: plain.href };
  const absolute = parseUrl(target);
  if (absolute) return HTTP.has(absolute.protocol) ? { kind: 'http', url: absolute.href } : IGNORED;
  if (base === undefined) return { kind: 'text' };
  const relative = parseUrl(target, base);
  return relative && HTTP.has(relative.protocol) ? { kind: 'http', url: relative.href } : IGNORED;
}

const IGNORED: LinkTarget = { kind: 'ignored' };

function parseUrl(url: string, base?: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}
