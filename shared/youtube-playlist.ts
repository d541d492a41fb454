/**
 * A YouTube playlist as read from its page (no API, no request of ours): its id, title and
 * videos in the playlist's order.
 */
export interface PlaylistVideo {
  /** The 11-character video id. */
  videoId: string;
  title: string;
  /** Length in seconds, as the thumbnail shows it; null when none is shown (live, private). */
  seconds: number | null;
  /** 1-based position in the playlist. */
  index: number;
  /** Set for a video the playlist lists but nobody can watch: "[Private video]", "[Deleted video]". */
  unavailable?: 'private' | 'deleted' | 'unavailable';
}

export interface Playlist {
  /** The `list=` id, e.g. `PLxxxxxxxx`. */
  listId: string;
  title: string;
  videos: PlaylistVideo[];
}

/** The playlist's own page, which "Check for updates" reads again. */
export function playlistUrl(listId: string): string {
  return `https://www.youtube.com/playlist?list=${encodeURIComponent(listId)}`;
}
