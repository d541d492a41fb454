/**
 * The parts of a parsed http(s) URL that resource keys and YouTube ids are read from: a `URL`
 * has them, and so has what `parsePlainHttpUrl` returns.
 */
export interface HttpUrlParts {
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

/** Character classes by code: what `new URL()` leaves exactly as written in each part. */
const HOST = 1; // a-z 0-9 . -
const PATH = 2; // unreserved, sub-delims, : @ / %
const QUERY = 4; // PATH and ?, without '
const FRAGMENT = 8; // QUERY and # '
const CLASSES = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789.-') CLASSES[c.charCodeAt(0)]! |= HOST;
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/%") {
  CLASSES[c.charCodeAt(0)]! |= PATH | FRAGMENT;
  if (c !== "'") CLASSES[c.charCodeAt(0)]! |= QUERY;
}
CLASSES['?'.charCodeAt(0)]! |= QUERY | FRAGMENT;
CLASSES['#'.charCodeAt(0)]! |= FRAGMENT;

const SLASH = 0x2f;
const DOT = 0x2e;
const QUESTION = 0x3f;
const HASH = 0x23;
const PERCENT = 0x25;

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
  let hostStart: number;
  if (text.startsWith('https://')) hostStart = 8;
  else if (text.startsWith('http://')) hostStart = 7;
  else return null;
  const length = text.length;
  // The host: labels of HOST characters, none empty but a trailing one.
  let i = hostStart;
  let labelStart = i;
  let lastLabelStart = i;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === SLASH || c === QUESTION || c === HASH) break;
    if (c >= 128 || (CLASSES[c]! & HOST) === 0) return null;
    if (c === DOT) {
      if (i === labelStart) return null;
      lastLabelStart = labelStart;
      labelStart = i + 1;
    }
  }
  if (i === hostStart) return null;
  const hostEnd = i;
  if (labelStart < hostEnd) lastLabelStart = labelStart;
  // A last label starting with a digit may make the host an IPv4 address (`0x7f.1`, `1.2`).
  const first = text.charCodeAt(lastLabelStart);
  if (first >= 0x30 && first <= 0x39) return null;
  const hostname = text.slice(hostStart, hostEnd);
  if (hostname.includes('xn--')) return null;
  // The path: no dot segment (`/.`, or `%2e` anywhere), nothing the parser escapes.
  const pathStart = i;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUESTION || c === HASH) break;
    if (c >= 128 || (CLASSES[c]! & PATH) === 0) return null;
    if (c === DOT && text.charCodeAt(i - 1) === SLASH) return null;
    if (
      c === PERCENT &&
      text.charCodeAt(i + 1) === 0x32 &&
      (text.charCodeAt(i + 2) | 0x20) === 0x65
    ) {
      return null;
    }
  }
  const pathname = i === pathStart ? '/' : text.slice(pathStart, i);
  let search = '';
  if (i < length && text.charCodeAt(i) === QUESTION) {
    const queryStart = i;
    for (i++; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c === HASH) break;
      if (c >= 128 || (CLASSES[c]! & QUERY) === 0) return null;
    }
    if (i - queryStart > 1) search = text.slice(queryStart, i);
  }
  let hash = '';
  if (i < length) {
    const fragmentStart = i;
    for (i++; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128 || (CLASSES[c]! & FRAGMENT) === 0) return null;
    }
    if (length - fragmentStart > 1) hash = text.slice(fragmentStart);
  }
  return new PlainHttpUrl(text.slice(0, hostStart - 2), hostname, pathname, search, hash);
}
