import type { Curriculum, Item } from './curriculum';
import { assignIds } from './markdown-import/assign-ids';
import { CurriculumImportError } from './markdown-import/import-error';
import { slug } from './markdown-import/slug';
import { stableHash } from './stable-hash';
import { type Playlist, playlistUrl } from './youtube-playlist';

export interface PlaylistImport {
  curriculum: Curriculum;
  /** Videos not made items: private or deleted ones, and repeats of a video already listed. */
  leftOut: { unavailable: number; repeated: number };
}

/**
 * A playlist as a curriculum: one section titled by the playlist, one item per watchable
 * video, in the playlist's order — kind `video`, its length as `durationSeconds`, its link
 * `watch?v=ID&list=LIST` (so YouTube plays on through the playlist) and its resource key
 * `youtube:ID` (`resource-key.ts`): a video in several playlists or curricula has one progress.
 * The id, `yt-<list id>-<hash>`, is the same every time the playlist is read, so reading it again
 * replaces the earlier curriculum. Throws `CurriculumImportError` when no video can be watched.
 */
export function playlistCurriculum(playlist: Playlist): PlaylistImport {
  const seen = new Set<string>();
  const items: Item[] = [];
  const leftOut = { unavailable: 0, repeated: 0 };
  for (const video of playlist.videos) {
    if (video.unavailable) {
      leftOut.unavailable++;
    } else if (seen.has(video.videoId)) {
      leftOut.repeated++;
    } else {
      seen.add(video.videoId);
      const item: Item = {
        id: '',
        title: video.title.slice(0, 500),
        url: `https://www.youtube.com/watch?v=${video.videoId}&list=${encodeURIComponent(playlist.listId)}`,
        kind: 'video',
        resourceKey: '',
      };
      if (video.seconds !== null && video.seconds > 0)
        item.durationSeconds = Math.round(video.seconds);
      items.push(item);
    }
  }
  if (items.length === 0) {
    throw new CurriculumImportError(
      'no-items',
      'This playlist has no videos anyone can watch, so there is nothing to follow.',
    );
  }
  const title = playlist.title.trim().slice(0, 200) || 'YouTube playlist';
  const curriculum = assignIds({
    id: `yt-${slug(playlist.listId.toLowerCase(), 40) || 'playlist'}-${stableHash(playlist.listId)}`,
    title,
    source: playlistUrl(playlist.listId),
    version: 1,
    sections: [{ id: '', title, items, sections: [] }],
  });
  // Checked against the curriculum schema once, where it is kept: the background's
  // `import-playlist` call runs this and checks the result as an `import-curriculum` request.
  return { curriculum, leftOut };
}
