import { parseHttpUrl } from './http-url';
import { stableHash } from './stable-hash';
import { youTubeVideoOf } from './youtube';

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

export function resourceKey(url: string): string | null {
  const parsed = parseHttpUrl(url);
  if (!parsed) return null;
  const video = youTubeVideoOf(parsed);
  if (video) return `youtube:${video.videoId}`;
  return fitKey(githubFileKey(parsed) ?? pageKey(parsed));
}

/** Whether a URL can be tracked at all: an http(s) URL. */
export function isTrackableUrl(url: string): boolean {
  return resourceKey(url) !== null;
}

/** Hosts that show the same pages as another: the mobile site. */
const SAME_SITE: Readonly<Record<string, string>> = { 'm.youtube.com': 'youtube.com' };

function pageKey(url: URL): string {
  const bare = url.hostname.replace(/^www\./, '').replace(/\.$/, '');
  const host = SAME_SITE[bare] ?? bare;
  const port = url.port ? `:${url.port}` : '';
  let path = normalizeEscapes(url.pathname).replace(/\/+$/, '');
  // GitHub ignores the case of owner and repository names: /Owner/Repo/issues = /owner/repo/issues.
  if (host === 'github.com') path = path.replace(/^\/[^/]+(?:\/[^/]+)?/, (s) => s.toLowerCase());
  const params = [...url.searchParams].filter(([name]) => !isTrackingParameter(name));
  // Sort by name only: the order of repeated names (`?tag=b&tag=a`) can matter and is kept.
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  return `${host}${port}${path}${query ? `?${query}` : ''}`;
}

/** `github.com/o/r/blob|raw/REF/path` and `raw.githubusercontent.com/o/r/REF/path` → blob form. */
function githubFileKey(url: URL): string | null {
  const host = url.hostname.replace(/^www\./, '');
  const segments = normalizeEscapes(url.pathname).split('/').slice(1);
  let owner: string | undefined;
  let repo: string | undefined;
  let refAndPath: string[];
  if (host === 'github.com' && (segments[2] === 'blob' || segments[2] === 'raw')) {
    [owner, repo, , ...refAndPath] = segments;
  } else if (host === 'raw.githubusercontent.com') {
    [owner, repo, ...refAndPath] = segments;
  } else {
    return null;
  }
  // `refs/heads/main/x` and `refs/tags/v1/x` name the same file as `main/x` and `v1/x`.
  if (refAndPath[0] === 'refs' && (refAndPath[1] === 'heads' || refAndPath[1] === 'tags')) {
    refAndPath = refAndPath.slice(2);
  }
  while (refAndPath.at(-1) === '') refAndPath.pop();
  if (!owner || !repo || refAndPath.length < 2) return null;
  return `github.com/${owner.toLowerCase()}/${repo.toLowerCase()}/blob/${refAndPath.join('/')}`;
}

const UNRESERVED_ESCAPE = /%(?:[46][1-9A-F]|[57][0-9A]|3[0-9]|2D|2E|5F|7E)/gi;

/** Decodes escapes of characters that never need one (`%7E` → `~`), upper-cases the others. */
function normalizeEscapes(path: string): string {
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
