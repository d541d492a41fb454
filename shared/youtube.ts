import { readHttpUrl } from './http-url';
import type { HttpUrlParts } from './plain-http-url';

/**
 * Which YouTube video a URL opens, and from which second. Pure: no DOM, no Node APIs, so the
 * extension and the worker share it.
 *
 * Accepted: the pages a browser really shows a video on —
 * - `youtu.be/ID`;
 * - on youtube.com (also `www.`, `m.`, `music.`), youtube-nocookie.com (also `www.`) and
 *   youtubekids.com (also `www.`): `/watch?v=ID` (any other parameters around it; the first `v`
 *   wins), `/watch/?v=`, `/watch_popup?v=`, `/?v=`, `/live/ID`, `/shorts/ID`, `/embed/ID`, `/v/ID`,
 *   `/e/ID`, the old mobile site's `#/watch?v=ID`, and `/attribution_link?u=<one of these>`;
 * - a start time from `t=` or `start=`, in the query or the fragment, as `90`, `90s`, `1m30s`,
 *   `1m30` or `1h2m3s`.
 *
 * Refused (null): anything without an http(s) scheme, other hosts (look-alikes such as
 * `youtube.com.evil.example` included), channel, playlist, search and feed pages, thumbnails, and
 * ids that are not exactly 11 characters of `[A-Za-z0-9_-]` — every real video id has that shape,
 * so anything else is a placeholder or a truncated link, not a video to count as opened.
 */

export interface YouTubeVideo {
  videoId: string;
  startSeconds: number | null;
}

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
/** 11-character path words that are not ids: `/embed/videoseries?list=…`, `/embed/live_stream?channel=…`. */
const NOT_IDS = new Set(['videoseries', 'live_stream']);
const SHORT_HOSTS = new Set(['youtu.be', 'www.youtu.be']);
const SITE_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'music.youtube.com',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
  'youtubekids.com',
  'www.youtubekids.com',
]);
/** Paths whose video is named by `?v=`. */
const QUERY_PAGES = new Set(['/', '/watch', '/watch/', '/watch_popup']);
/** First path segments followed by the id: `/shorts/ID`. */
const PATH_PAGES = new Set(['live', 'shorts', 'embed', 'v', 'e']);
const DURATION = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/;

export function parseYouTubeUrl(url: string): YouTubeVideo | null {
  const parsed = readHttpUrl(url);
  return parsed ? youTubeVideoOf(parsed) : null;
}

/** The same, for a URL already parsed. */
export function youTubeVideoOf(url: HttpUrlParts): YouTubeVideo | null {
  const found = videoPageOf(url);
  return found ? { videoId: found.videoId, startSeconds: startOf(found.page) } : null;
}

/** Only the video's id, for a URL already parsed (`resourceKey` needs no start time). */
export function youTubeVideoIdOf(url: HttpUrlParts): string | null {
  return videoPageOf(url)?.videoId ?? null;
}

/** The video a URL opens, and the URL that names it (a link's target, or the URL itself). */
interface VideoPage {
  videoId: string;
  page: HttpUrlParts;
}

function videoPageOf(url: HttpUrlParts): VideoPage | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  let host = url.hostname;
  if (host.endsWith('.')) host = host.slice(0, -1); // `www.youtube.com.` is www.youtube.com
  if (SHORT_HOSTS.has(host)) return video(onlySegment(url.pathname.split('/'), 1), url);
  if (SITE_HOSTS.has(host)) return sitePage(url, true);
  return null;
}

function sitePage(url: HttpUrlParts, followLinks: boolean): VideoPage | null {
  const path = url.pathname;
  if (followLinks && path === '/attribution_link') {
    const target = url.searchParams.get('u');
    return target?.startsWith('/') ? sitePage(new URL(url.origin + target), false) : null;
  }
  // The old mobile site routed in the fragment: m.youtube.com/#/watch?v=ID.
  if (followLinks && path === '/' && url.hash.startsWith('#/')) {
    const routed = sitePage(new URL(url.origin + url.hash.slice(1)), false);
    if (routed) return routed;
  }
  if (QUERY_PAGES.has(path)) return video(firstParameter(url, 'v'), url);
  const segments = path.split('/');
  const first = segments[1];
  return first && PATH_PAGES.has(first) ? video(onlySegment(segments, 2), url) : null;
}

/**
 * The first `name` parameter of the URL's query, as `url.searchParams.get(name)` reads it. A
 * query without `%` or `+` has nothing to decode, so it is read as written, without the parse.
 */
function firstParameter(url: HttpUrlParts, name: string): string | null {
  const search = url.search;
  if (search.includes('%') || search.includes('+')) return url.searchParams.get(name);
  for (let start = 1; start < search.length; ) {
    const and = search.indexOf('&', start);
    const end = and < 0 ? search.length : and;
    const equals = search.indexOf('=', start);
    const nameEnd = equals >= 0 && equals < end ? equals : end;
    if (nameEnd - start === name.length && search.startsWith(name, start)) {
      return nameEnd === end ? '' : search.slice(nameEnd + 1, end);
    }
    start = end + 1;
  }
  return null;
}

/**
 * The id a path ends with, `segments[at]` of it split on `/` (`/ID` or `/ID/` when `at` is 1);
 * null when more segments follow.
 */
function onlySegment(segments: readonly string[], at: number): string | null {
  const last = segments.length <= at + 1 || (segments.length === at + 2 && segments[at + 1] === '');
  return last ? (segments[at] ?? null) : null;
}

function video(videoId: string | null, page: HttpUrlParts): VideoPage | null {
  if (!videoId || !VIDEO_ID.test(videoId) || NOT_IDS.has(videoId)) return null;
  return { videoId, page };
}

/** `t=` or `start=`, in the query first, then in the fragment (`#t=1m40`). */
function startOf(url: HttpUrlParts): number | null {
  for (const name of START_NAMES) {
    const seconds = durationOf(firstParameter(url, name));
    if (seconds !== null) return seconds;
  }
  if (url.hash.length <= 1) return null;
  const fragment = new URLSearchParams(url.hash.slice(1));
  for (const name of START_NAMES) {
    const seconds = durationOf(fragment.get(name));
    if (seconds !== null) return seconds;
  }
  return null;
}

const START_NAMES = ['t', 'start'];
const durationOf = (value: string | null) => (value === null ? null : parseDuration(value));

/** `90`, `90s`, `1m30s`, `1m30`, `1h2m3s` → seconds; anything else (or past 2^53) → null. */
export function parseDuration(text: string): number | null {
  const trimmed = text.trim();
  const match = DURATION.exec(trimmed);
  if (!match || trimmed === '') return null;
  const [, h = '0', m = '0', s = '0'] = match;
  const seconds = Number(h) * 3600 + Number(m) * 60 + Number(s);
  return Number.isSafeInteger(seconds) ? seconds : null;
}
