/**
 * The parts of a parsed http(s) URL that resource keys and YouTube ids are read from: a `URL`
 * has them, and so has what `parsePlainHttpUrl` returns.
 */
export interface HttpUrlParts {
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly port: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly origin: string;
  readonly searchParams: URLSearchParams;
}

/** `url`'s parts, from its text as `parsePlainHttpUrl` split it. */
class PlainHttpUrl implements HttpUrlParts {
  readonly port = '';
  constructor(
    readonly href: string,
    readonly protocol: string,
    readonly hostname: string,
    readonly pathname: string,
    readonly search: string,
    readonly hash: string,
  ) {}
  get origin(): string {
    return `${this.protocol}//${this.hostname}`;
  }
  get searchParams(): URLSearchParams {
    return new URLSearchParams(this.search);
  }
}

/**
 * Characters the WHATWG parser keeps as written in a path (unreserved, sub-delimiters, `:`, `@`,
 * `/` and `%`); in a query also `?` but not `'` (which it escapes there); in a fragment both, and
 * `#`.
 */
const PATH = "A-Za-z0-9\\-._~!$&'()*+,;=:@%/";
const QUERY = 'A-Za-z0-9\\-._~!$&()*+,;=:@%/?';
const FRAGMENT = "A-Za-z0-9\\-._~!$&'()*+,;=:@%/?#";
/**
 * `http://` or `https://`, a host of lower-case labels whose last does not start with a digit
 * (`0x7f.1` or `1.2` would be read as an IPv4 address) and may end with a dot, then path, query
 * and fragment of the characters above. Each label is one run between dots, so no input makes it
 * backtrack more than once per label.
 */
const PLAIN_URL = new RegExp(
  `^(https?:)//((?:[a-z0-9-]+\\.)*[a-z-][a-z0-9-]*\\.?)(/[${PATH}]*)?(\\?[${QUERY}]*)?(#[${FRAGMENT}]*)?$`,
);
/** `%2e` is a dot to the parser: `/%2e%2e/` is a `..` segment. */
const ESCAPED_DOT = /%2e/i;

/**
 * A URL written in the plain form most links have — `http://` or `https://` in lower case, a
 * host of lower-case letters, digits, dots and hyphens (no port, no user, no IP address, no
 * `xn--`), and a path, query and fragment of characters the WHATWG parser keeps as they are,
 * without dot segments — split into its parts without `new URL()`: for such text the parser
 * changes nothing (beyond `/` for an empty path, and dropping an empty `?` or `#`), so the parts
 * are the text's own slices. null for anything else, which `new URL()` must read
 * (tests/unit/plain-http-url.test.ts compares the two on generated URLs).
 */
export function parsePlainHttpUrl(text: string): HttpUrlParts | null {
  const match = PLAIN_URL.exec(text);
  if (match === null) return null;
  const [, protocol, hostname, path, query, fragment] = match as unknown as [
    string,
    string,
    string,
    string | undefined,
    string | undefined,
    string | undefined,
  ];
  if (hostname.includes('xn--')) return null;
  if (
    path !== undefined &&
    (path.includes('/.') || (path.includes('%') && ESCAPED_DOT.test(path)))
  ) {
    return null;
  }
  // The parser writes such a URL back as it was written, with `/` for an empty path.
  const href =
    path === undefined
      ? `${protocol}//${hostname}/${text.slice(protocol.length + 2 + hostname.length)}`
      : text;
  return new PlainHttpUrl(
    href,
    protocol,
    hostname,
    path ?? '/',
    query === undefined || query.length === 1 ? '' : query,
    fragment === undefined || fragment.length === 1 ? '' : fragment,
  );
}
