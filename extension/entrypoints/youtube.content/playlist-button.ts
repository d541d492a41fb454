/**
 * "Add this playlist to Readalong", on a YouTube playlist page (`/playlist?list=…`) and on a
 * watch page playing a playlist (`&list=`): one click reads the playlist from the page itself
 * (`readPlaylistPage`; no API key, no request of ours to YouTube), scrolls the list until
 * YouTube has loaded every part, and sends it to the background, which makes it a curriculum,
 * keeps it and shows it at once. Nothing is read or recorded until the learner clicks; the button lives in a shadow
 * root, so YouTube's styles and ours stay apart.
 */
import { call } from '../../lib/call';
import { messageOf } from '../../lib/message-of';
import {
  type PlaylistReading,
  readPlaylistPage,
} from '../../lib/youtube-playlist/read-playlist-page';

/** How long to wait for YouTube to show the list, or its next part, before giving up. */
const WAIT_MS = 15_000;
/** A limit on load-more rounds (YouTube loads 100 videos a round; playlists hold 5,000 at most). */
const MAX_ROUNDS = 60;

const isPlaylistAddress = (href: string) => {
  const url = new URL(href);
  return url.searchParams.has('list') && /^\/(?:playlist|watch)$/.test(url.pathname);
};

const STYLE = `
:host { all: initial; }
.box { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: 320px;
  font: 14px/1.4 system-ui, sans-serif; background: #ffffff; color: #14171c;
  border: 1px solid #c9d0d9; border-radius: 8px; padding: 10px 12px;
  box-shadow: 0 2px 8px rgb(0 0 0 / 20%); display: grid; gap: 6px; }
button { font: inherit; font-weight: 600; background: #0b57d0; color: #ffffff; border: 0;
  border-radius: 6px; padding: 6px 12px; cursor: pointer; }
button:disabled { opacity: 0.7; cursor: default; }
button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
p { margin: 0; }
@media (prefers-color-scheme: dark) {
  .box { background: #1e2229; color: #eef1f5; border-color: #424a56; }
  button { background: #8ab4f8; color: #0b1b33; }
  button:focus-visible { outline-color: #8ab4f8; }
}`;

export function startPlaylistButton(signal: AbortSignal): void {
  const host = document.createElement('readalong-playlist');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>${STYLE}</style><div class="box" role="region" aria-label="Readalong"><button type="button">Add this playlist to Readalong</button><p role="status"></p></div>`;
  const button = root.querySelector('button')!;
  const status = root.querySelector('p')!;

  const place = () => {
    if (isPlaylistAddress(location.href)) {
      // In the body, with the page's content: outside it, checkers such as axe cannot tell
      // the box's colours apart from the page behind it.
      if (!host.isConnected) document.body.append(host);
    } else {
      host.remove();
      status.textContent = '';
    }
  };
  button.addEventListener(
    'click',
    () => {
      button.disabled = true;
      status.textContent = 'Reading the playlist…';
      addPlaylist((n) => {
        status.textContent = `Reading the playlist… ${n} videos so far`;
      })
        .then(
          (message) => {
            status.textContent = message;
          },
          (error: unknown) => {
            status.textContent = messageOf(error);
          },
        )
        .finally(() => {
          button.disabled = false;
        });
    },
    { signal },
  );
  document.addEventListener('yt-navigate-finish', place, { signal });
  signal.addEventListener('abort', () => host.remove());
  place();
}

/** Reads the whole playlist, keeps it as a curriculum, and says what happened. */
async function addPlaylist(onProgress: (videos: number) => void): Promise<string> {
  let reading = readPlaylistPage(document, location.href);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (reading.ok && !reading.moreToLoad) break;
    if (!reading.ok && reading.reason !== 'not-loaded') break;
    const before = reading.ok ? reading.playlist.videos.length : 0;
    if (reading.ok) onProgress(before);
    document.querySelector('ytd-continuation-item-renderer')?.scrollIntoView({ block: 'end' });
    window.scrollTo(0, document.documentElement.scrollHeight);
    reading = await nextReading(before);
  }
  if (!reading.ok) throw new Error(reading.message);
  if (reading.moreToLoad) {
    throw new Error(
      'YouTube did not load the rest of the playlist. Scroll to its end, then try again.',
    );
  }
  const { title, videos, leftOut } = await call('import-playlist', reading.playlist);
  const skipped =
    leftOut.unavailable > 0 ? ` (${leftOut.unavailable} private or deleted left out)` : '';
  return `Added “${title}”: ${videos} videos${skipped}. The Readalong popup shows it now.`;
}

/** The page read again once its list has changed (more videos, or the list shown), or on time. */
function nextReading(before: number): Promise<PlaylistReading> {
  return new Promise((resolve) => {
    const read = () => readPlaylistPage(document, location.href);
    const observer = new MutationObserver(() => {
      const reading = read();
      const grown = reading.ok && (reading.playlist.videos.length > before || !reading.moreToLoad);
      if (grown) finish(reading);
    });
    const timer = setTimeout(() => finish(read()), WAIT_MS);
    const finish = (reading: PlaylistReading) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(reading);
    };
    observer.observe(document.body, { childList: true, subtree: true });
  });
}
