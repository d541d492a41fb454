import { readHttpUrl } from './http-url';
import type { HttpUrlParts } from './plain-http-url';
import { stableHash } from './stable-hash';
import { youTubeVideoIdOf } from './youtube';

/**
 * The key that names a resource whatever URL form opens it; progress is stored under it.
 *
 * - A YouTube video, in any form `parseYouTubeUrl` accepts → `youtube:<videoId>` (start time
 *   ignored: one video is one resource).
 * - A file on GitHub — `github.com/o/r/blob/REF/path`, `…/raw/REF/path`, `…/blob/REF/path?raw=true`,
 *   `raw.githubusercontent.com/o/r/REF/path` or `…/o/r/refs/heads/REF/path` →
 *   `github.com/o/r/blob/REF/path` (owner and repository lower-cased, as GitHub ignores their case).
 *   Its query (`?raw=true`, `?plain=1`) and fragment (`#L10`) are ignored.
 * - Any other http(s) URL → `host[:port]/path?query`: scheme, user name and password, default
 *   port, a leading `www.`, the trailing slash, the fragment and the tracking parameters below are
 *   dropped; the host is lower-cased; the remaining parameters are sorted by name; percent-escapes
 *   of unreserved characters are decoded (`%7E` → `~`); `m.youtube.com` is `youtube.com`, and
 *   GitHub owner and repository names are lower-cased.
 * - Anything else (other schemes, text that is not a URL) → null.
 *
 * A key longer than 256 characters is cut and ends with `~` and a stable hash of the whole key.
 */

export const MAX_KEY_LENGTH = 256;

/**
 * Query parameters that say how a link was shared, never what it points to: Google Analytics
 * (`utm_*`), YouTube/Spotify share ids (`si`, `feature`), ad click ids (Facebook `fbclid`, Google
 * `gclid` `dclid` `gbraid` `wbraid`, Microsoft `msclkid`, Yandex `yclid`, X `twclid`), Mailchimp
 * (`mc_cid`, `mc_eid`), X/Twitter (`ref_src`, `ref_url`), Instagram (`igshid`, `igsh`), HubSpot
 * (`_hsenc`, `_hsmi`) and Marketo (`mkt_tok`).
 */
export const TRACKING_PARAMETERS: ReadonlySet<string> = new Set([
  'si',
  'feature',
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'mc_cid',
  'mc_eid',
  'ref_src',
  'ref_url',
  'igshid',
  'igsh',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
]);

export function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMETERS.has(lower);
}

/**
 * Every tab change asks for this key (resource-index.ts), so past the one parse it works on the
 * parsed URL's strings without building more objects: a path without `%` skips the escape
 * passes, a URL without a query skips the query, and a query of plain names and values
 * (`simpleQueryKey`) is sorted and filtered as text; only what remains goes through
 * `URLSearchParams`.
 */
export function resourceKey(url: string): string | null {
  const parsed = readHttpUrl(url);
  return parsed && resourceKeyOf(parsed);
}

/** `resourceKey` of a URL already parsed (`readHttpUrl`): the importer parses each link once. */
export function resourceKeyOf(parsed: HttpUrlParts): string {
  const videoId = youTubeVideoIdOf(parsed);
  if (videoId !== null) return `youtube:${videoId}`;
  const host = withoutWww(parsed.hostname);
  const path = normalizeEscapes(parsed.pathname);
  return fitKey(githubFileKey(host, path) ?? pageKey(parsed, withoutTrailingDot(host), path));
}

/** Whether a URL can be tracked at all: an http(s) URL. */
export function isTrackableUrl(url: string): boolean {
  return resourceKey(url) !== null;
}

/** Hosts that show the same pages as another: the mobile site. */
const SAME_SITE: ReadonlyMap<string, string> = new Map([['m.youtube.com', 'youtube.com']]);

const withoutWww = (host: string) => (host.startsWith('www.') ? host.slice(4) : host);
const withoutTrailingDot = (host: string) => (host.endsWith('.') ? host.slice(0, -1) : host);

/** `path` without its trailing slashes. */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 0x2f) end--;
  return end === path.length ? path : path.slice(0, end);
}

/** `bare`: the host without `www.` nor a trailing dot; `escaped`: the path, escapes normalised. */
function pageKey(url: HttpUrlParts, bare: string, escaped: string): string {
  const host = SAME_SITE.get(bare) ?? bare;
  const port = url.port ? `:${url.port}` : '';
  let path = withoutTrailingSlashes(escaped);
  // GitHub ignores the case of owner and repository names: /Owner/Repo/issues = /owner/repo/issues.
  if (host === 'github.com') path = path.replace(/^\/[^/]+(?:\/[^/]+)?/, (s) => s.toLowerCase());
  const search = url.search;
  const query = search.length <= 1 ? '' : (simpleQueryKey(search) ?? searchParamsKey(url));
  return `${host}${port}${path}${query ? `?${query}` : ''}`;
}

/**
 * The query without tracking parameters, sorted by name, as `URLSearchParams` writes it. Sorted
 * by name only: the order of repeated names (`?tag=b&tag=a`) can matter and is kept.
 */
function searchParamsKey(url: HttpUrlParts): string {
  const params = [...url.searchParams].filter(([name]) => !isTrackingParameter(name));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new URLSearchParams(params).toString();
}

/**
 * Characters `URLSearchParams` reads and writes unchanged in a name or a value (it decodes `%`
 * and `+`, and encodes everything but these when it writes), by character code.
 */
const PLAIN = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*._-') {
  PLAIN[c.charCodeAt(0)] = 1;
}
const AMPERSAND = 0x26;
const EQUALS = 0x3d;

/**
 * `searchParamsKey` for a query (`?a=1&b=2`) of plain names and values (see PLAIN), whose text
 * is what `URLSearchParams` would decode and write again: the same key without its parse, read
 * in one pass. null for any other query, or one with a second `=` in a parameter (that one is
 * written `%3D`).
 */
function simpleQueryKey(search: string): string | null {
  const names: string[] = [];
  const texts: string[] = [];
  let sorted = true;
  let asGiven = true; // nothing dropped, added or moved: the answer is the query's own text
  let start = 1;
  let equals = -1;
  for (let i = 1; i <= search.length; i++) {
    const c = i < search.length ? search.charCodeAt(i) : AMPERSAND;
    if (c === EQUALS) {
      if (equals >= 0) return null;
      equals = i;
    } else if (c !== AMPERSAND) {
      if (c >= 128 || PLAIN[c] === 0) return null;
    } else {
      if (i === start)
        asGiven = false; // an empty part, skipped
      else {
        const name = search.slice(start, equals < 0 ? i : equals);
        if (isTrackingParameter(name)) asGiven = false;
        else {
          if (names.length > 0 && name < names[names.length - 1]!) sorted = false;
          names.push(name);
          // `?flag` is written `flag=`.
          if (equals < 0) asGiven = false;
          texts.push(equals < 0 ? `${search.slice(start, i)}=` : search.slice(start, i));
        }
      }
      start = i + 1;
      equals = -1;
    }
  }
  if (sorted) return asGiven ? search.slice(1) : texts.join('&');
  const order = names.map((_, i) => i);
  order.sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));
  return order.map((i) => texts[i]).join('&');
}

/**
 * `github.com/o/r/blob|raw/REF/path` and `raw.githubusercontent.com/o/r/REF/path` → blob form;
 * `host` without `www.`, `path` with its escapes normalised.
 */
function githubFileKey(host: string, path: string): string | null {
  let ref: number; // where REF is in `path.split('/')`: ['', o, r, (blob|raw,) REF, ...path]
  if (host === 'github.com') ref = 4;
  else if (host === 'raw.githubusercontent.com') ref = 3;
  else return null;
  const segments = path.split('/');
  if (ref === 4 && segments[3] !== 'blob' && segments[3] !== 'raw') return null;
  const [, owner, repo] = segments;
  // `refs/heads/main/x` and `refs/tags/v1/x` name the same file as `main/x` and `v1/x`.
  if (segments[ref] === 'refs' && (segments[ref + 1] === 'heads' || segments[ref + 1] === 'tags')) {
    ref += 2;
  }
  let end = segments.length;
  while (end > ref && segments[end - 1] === '') end--;
  if (!owner || !repo || end - ref < 2) return null;
  return `github.com/${owner.toLowerCase()}/${repo.toLowerCase()}/blob/${segments.slice(ref, end).join('/')}`;
}

const UNRESERVED_ESCAPE = /%(?:[46][1-9A-F]|[57][0-9A]|3[0-9]|2D|2E|5F|7E)/gi;

/** Decodes escapes of characters that never need one (`%7E` → `~`), upper-cases the others. */
function normalizeEscapes(path: string): string {
  if (!path.includes('%')) return path;
  return path
    .replace(/%[0-9a-f]{2}/gi, (code) => code.toUpperCase())
    .replace(UNRESERVED_ESCAPE, (code) => String.fromCharCode(Number.parseInt(code.slice(1), 16)));
}

/** Keeps a key within MAX_KEY_LENGTH: cut, then `~` and a hash of the whole key. */
function fitKey(key: string): string {
  if (key.length <= MAX_KEY_LENGTH) return key;
  const suffix = `~${stableHash(key)}`;
  let cut = MAX_KEY_LENGTH - suffix.length;
  const last = key.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1; // never split a surrogate pair
  return key.slice(0, cut) + suffix;
}
