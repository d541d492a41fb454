import { videoStartUrl } from './video-start-url';
import { parseYouTubeUrl } from './youtube';

/**
 * Where a note opens: its video's watch page at the note's moment
 * (`https://www.youtube.com/watch?v=ID&t=754s`), whatever form the item's address has (a
 * `youtu.be` link, a playlist entry); undefined when the item is not a YouTube video. The
 * notes page links there, and the Markdown exports write it.
 */
export function noteMomentUrl(itemUrl: string | undefined, seconds: number): string | undefined {
  const videoId = itemUrl ? parseYouTubeUrl(itemUrl)?.videoId : undefined;
  return videoId ? videoStartUrl(`https://www.youtube.com/watch?v=${videoId}`, seconds) : undefined;
}
