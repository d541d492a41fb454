import { genericPage, type StandinYouTubeVideo, youtubeWatchPage } from './standin-pages';
import type { StandinReply } from './standin-server';

const WATCH_HOSTS = new Set([
  'www.youtube.com',
  'm.youtube.com',
  'music.youtube.com',
  'www.youtube-nocookie.com',
]);

/**
 * How the stand-in YouTube answers `url`, or undefined when `url` is not on a YouTube host:
 * watch pages at `/watch?v=ID`, `/live/ID`, `/shorts/ID`, `/embed/ID` and `/v/ID`; redirects
 * as YouTube does from `youtube.com` (to www.), `youtu.be/ID` (to the watch page, query kept)
 * and `/attribution_link?u=…`; a plain page for any other path.
 */
export function youtubeReply(
  url: URL,
  videos: Record<string, StandinYouTubeVideo>,
): StandinReply | undefined {
  if (url.hostname === 'youtube.com') {
    return redirect(`https://www.youtube.com${url.pathname}${url.search}`);
  }
  if (url.hostname === 'youtu.be') {
    const videoId = url.pathname.slice(1).split('/')[0] ?? '';
    const query = new URLSearchParams(url.search);
    query.delete('v');
    const rest = query.toString();
    return redirect(
      `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}${rest ? `&${rest}` : ''}`,
    );
  }
  if (!WATCH_HOSTS.has(url.hostname)) return undefined;
  if (url.pathname === '/attribution_link') {
    const target = url.searchParams.get('u');
    if (target?.startsWith('/')) return redirect(`https://${url.hostname}${target}`);
  }
  const inPath = url.pathname.match(/^\/(?:live|shorts|embed|v)\/([^/]+)/)?.[1];
  const videoId = url.pathname === '/watch' ? url.searchParams.get('v') : inPath && decode(inPath);
  if (!videoId) return { body: genericPage(url, `${url.pathname} - YouTube`) };
  return { body: youtubeWatchPage(videoId, videos) };
}

function redirect(location: string): StandinReply {
  return { status: 301, headers: { Location: location }, body: '' };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
