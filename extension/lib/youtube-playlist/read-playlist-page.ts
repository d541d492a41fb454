import { youTubeVideoIdOf } from '../../../shared/youtube';
import type { Playlist, PlaylistVideo } from '../../../shared/youtube-playlist';
import { parseClock } from '../format-clock';

/**
 * What a YouTube page shows of a playlist. `moreToLoad`: the list ends with YouTube's
 * load-more spinner (`ytd-continuation-item-renderer`): scroll it into view, wait for the list
 * to grow, and read again (reading is idempotent: it reads the whole list every time).
 */
export type PlaylistReading =
  | { ok: true; playlist: Playlist; moreToLoad: boolean }
  | {
      ok: false;
      /** `not-loaded`: the list is not on the page yet; read again once it is. */
      reason: 'not-a-playlist' | 'mix' | 'not-loaded' | 'private' | 'empty';
      message: string;
    };

/**
 * YouTube's markup, several selectors per part, newest layout first: YouTube renames classes
 * often, its custom element names (`ytd-…`) rarely.
 */
const SELECTORS = {
  /** The visible playlist page (YouTube keeps earlier pages in the DOM, hidden). */
  browsePage: ['ytd-browse[page-subtype="playlist"]:not([hidden])', 'ytd-browse:not([hidden])'],
  pageList: ['ytd-playlist-video-list-renderer'],
  pageVideo: 'ytd-playlist-video-renderer',
  panel: ['ytd-watch-flexy ytd-playlist-panel-renderer', 'ytd-playlist-panel-renderer'],
  panelVideo: 'ytd-playlist-panel-video-renderer',
  continuation: 'ytd-continuation-item-renderer',
  videoLink: [
    'a#video-title[href]',
    'a#wc-endpoint[href]',
    'a#thumbnail[href]',
    'a[href*="/watch"]',
  ],
  videoTitle: ['#video-title', '[id="video-title"]', 'h3 a', 'h4'],
  /** Inside the thumbnail's overlay only: `#text` elsewhere in a row is the channel's name. */
  time: [
    'ytd-thumbnail-overlay-time-status-renderer badge-shape .badge-shape-wiz__text',
    'ytd-thumbnail-overlay-time-status-renderer .yt-badge-shape__text',
    'ytd-thumbnail-overlay-time-status-renderer badge-shape',
    'ytd-thumbnail-overlay-time-status-renderer #text',
    'ytd-thumbnail-overlay-time-status-renderer',
    'ytd-thumbnail badge-shape',
  ],
  pageTitle: [
    'yt-page-header-renderer h1',
    'yt-page-header-view-model h1',
    'ytd-playlist-header-renderer yt-dynamic-sizing-formatted-string#title',
    'ytd-playlist-header-renderer #title',
    'ytd-playlist-sidebar-primary-info-renderer #title',
  ],
  panelTitle: ['#header-description h3 a', '#header-description .title', 'h3 .title', '.title'],
  /** Where YouTube says a playlist is private, gone or empty. */
  alerts: [
    'ytd-alert-with-button-renderer',
    'yt-alert-renderer',
    'ytd-message-renderer',
    'yt-playlist-error',
    '#error-screen',
    'yt-player-error-message-renderer',
  ],
};

const CLOCK = /^\d{1,3}(?::\d{2}){1,2}$/;
const UNAVAILABLE_TITLE = /^\[(.+)\]$/;

/**
 * Reads the playlist shown by `doc` at `pageUrl`: a `youtube.com/playlist?list=…` page (the
 * playlist's list), or a watch page playing a playlist (`&list=`: its side panel). Every video
 * in order, with its title, length and id; private and deleted videos are kept, marked
 * `unavailable`. Pure reading: no network, no clicks, no scrolling.
 */
export function readPlaylistPage(doc: ParentNode, pageUrl: string): PlaylistReading {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return notAPlaylist();
  }
  const listId = url.searchParams.get('list');
  if (!listId) return notAPlaylist();
  if (/^RD/.test(listId)) {
    return {
      ok: false,
      reason: 'mix',
      message:
        'This is a YouTube Mix: it is made up as you watch and has no fixed list to follow. Save its videos to a playlist of your own, then add that playlist.',
    };
  }
  if (url.pathname === '/playlist') {
    const page = first(doc, SELECTORS.browsePage) ?? doc;
    const list = first(page, SELECTORS.pageList);
    return reading(page, list, SELECTORS.pageVideo, listId, text(page, SELECTORS.pageTitle));
  }
  if (url.pathname === '/watch') {
    const panel = first(doc, SELECTORS.panel);
    const title = panel ? text(panel, SELECTORS.panelTitle) : '';
    return reading(panel ?? doc, panel, SELECTORS.panelVideo, listId, title);
  }
  return notAPlaylist();
}

function reading(
  page: ParentNode,
  list: ParentNode | null,
  rowSelector: string,
  listId: string,
  title: string,
): PlaylistReading {
  const rows = list ? [...list.querySelectorAll(rowSelector)] : [];
  const moreToLoad = list?.querySelector(SELECTORS.continuation) != null;
  const videos: PlaylistVideo[] = [];
  for (const row of rows) {
    const video = readRow(row, videos.length + 1);
    if (video) videos.push(video);
  }
  if (videos.length > 0 || moreToLoad) {
    const fallbackTitle = documentTitle(page) || `YouTube playlist ${listId}`;
    return { ok: true, playlist: { listId, title: title || fallbackTitle, videos }, moreToLoad };
  }
  const alert = SELECTORS.alerts
    .flatMap((selector) => [...page.querySelectorAll(selector)])
    .map((element) => collapse(element.textContent ?? ''))
    .join(' ');
  if (/private/i.test(alert)) {
    return {
      ok: false,
      reason: 'private',
      message:
        'This playlist is private: only its owner can see it. Ask the owner to make it public or unlisted, then add it again.',
    };
  }
  if (!list && !/exist|unavailable|no videos/i.test(alert)) {
    return {
      ok: false,
      reason: 'not-loaded',
      message: 'The playlist has not finished loading. Wait a moment, then try again.',
    };
  }
  return {
    ok: false,
    reason: 'empty',
    message:
      'This playlist has no videos anyone can watch, so there is nothing to follow. Add videos to it, or open another playlist.',
  };
}

function readRow(row: Element, position: number): PlaylistVideo | null {
  const link = first(row, SELECTORS.videoLink);
  const href = link?.getAttribute('href');
  if (!href) return null;
  const target = new URL(href, 'https://www.youtube.com');
  const videoId = youTubeVideoIdOf(target);
  if (!videoId) return null;
  const titleElement = first(row, SELECTORS.videoTitle);
  const title =
    collapse(titleElement?.getAttribute('title') ?? '') ||
    collapse(titleElement?.textContent ?? '') ||
    videoId;
  const index = Number(target.searchParams.get('index'));
  const video: PlaylistVideo = {
    videoId,
    title,
    seconds: rowSeconds(row),
    index: Number.isSafeInteger(index) && index > 0 ? index : position,
  };
  const bracketed = UNAVAILABLE_TITLE.exec(title)?.[1];
  if (bracketed && video.seconds === null) {
    video.unavailable = /private/i.test(bracketed)
      ? 'private'
      : /deleted/i.test(bracketed)
        ? 'deleted'
        : 'unavailable';
  }
  return video;
}

function rowSeconds(row: Element): number | null {
  for (const selector of SELECTORS.time) {
    for (const element of row.querySelectorAll(selector)) {
      const shown = collapse(element.textContent ?? '');
      if (CLOCK.test(shown)) return parseClock(shown);
    }
  }
  return null;
}

function documentTitle(page: ParentNode): string {
  const doc = 'ownerDocument' in page && page.ownerDocument ? page.ownerDocument : page;
  const title = (doc as Document).title ?? '';
  return collapse(title.replace(/ - YouTube$/, ''));
}

function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

function text(root: ParentNode, selectors: readonly string[]): string {
  for (const selector of selectors) {
    for (const element of root.querySelectorAll(selector)) {
      const shown = collapse(element.textContent ?? '');
      if (shown) return shown;
    }
  }
  return '';
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function notAPlaylist(): PlaylistReading {
  return {
    ok: false,
    reason: 'not-a-playlist',
    message:
      'This page plays no playlist. Open the playlist on YouTube (an address with list= in it), then add it.',
  };
}
