import { readFileSync } from 'node:fs';
import type { StandinVideo } from './e2e-paths';
import { FIXTURES_DIR } from './e2e-paths';

/** A YouTube video the stand-in server knows: its title, and which stand-in WebM it plays. */
export interface StandinYouTubeVideo {
  title?: string;
  video?: StandinVideo;
}

const template = (name: string) => readFileSync(`${FIXTURES_DIR}${name}`, 'utf8');

/** A plain page titled after its address (`host/path`), or `title` when given. */
export function genericPage(url: URL, title?: string): string {
  const pageTitle = title ?? `${url.host}${url.pathname}`;
  return fill(template('generic-page.html'), { TITLE: pageTitle, URL: url.href });
}

/** The stand-in watch page of `videoId`, with a link (`data-spa`) to every other known video. */
export function youtubeWatchPage(
  videoId: string,
  videos: Record<string, StandinYouTubeVideo>,
): string {
  const known = Object.fromEntries(
    Object.entries(videos).map(([id, info]) => [
      id,
      { title: info.title ?? `Video ${id}`, video: info.video ?? 'long' },
    ]),
  );
  const title = known[videoId]?.title ?? `Video ${videoId}`;
  const related = Object.entries(known)
    .filter(([id]) => id !== videoId)
    .map(
      ([id, info]) =>
        `<li><a data-spa href="/watch?v=${encodeURIComponent(id)}">${escapeHtml(info.title)}</a></li>`,
    )
    .join('');
  const config = JSON.stringify({ videos: known });
  return fill(
    template('youtube-watch.html'),
    { TITLE: title, VIDEO_ID: videoId, CONFIG: config },
    { RELATED: related },
  );
}

/** The player script of the watch page. */
export function youtubePlayerScript(): string {
  return template('youtube-player.js');
}

function fill(html: string, text: Record<string, string>, raw: Record<string, string> = {}) {
  let filled = html;
  for (const [name, value] of Object.entries(text))
    filled = filled.replaceAll(`{{${name}}}`, escapeHtml(value));
  for (const [name, value] of Object.entries(raw)) filled = filled.replaceAll(`{{${name}}}`, value);
  return filled;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
