import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { CACHE_DIR, type StandinVideo, VIDEO_PATHS } from './e2e-paths';
import { runCommand } from './run-command';

const DURATION_SECONDS: Record<StandinVideo, number> = { long: 60, short: 20, live: 60 };

/**
 * The cached stand-in videos, made with ffmpeg on first use: a test pattern with a running
 * frame counter, 160x90 at 10 fps, VP8 at 50 kbit/s, a keyframe every second (so seeking is
 * exact and cheap). The `live` one is written as a stream, without duration or cues.
 */
export async function makeVideos(): Promise<typeof VIDEO_PATHS> {
  mkdirSync(CACHE_DIR, { recursive: true });
  await Promise.all(
    (Object.keys(VIDEO_PATHS) as StandinVideo[]).map(async (video) => {
      const path = VIDEO_PATHS[video];
      if (existsSync(path)) return;
      const partial = `${path}.partial`;
      const source = `testsrc=duration=${DURATION_SECONDS[video]}:size=160x90:rate=10`;
      const encode = ['-c:v', 'libvpx', '-b:v', '50k', '-g', '10', '-an', '-f', 'webm'];
      const live = video === 'live' ? ['-live', '1'] : [];
      await runCommand('ffmpeg', [
        '-y',
        '-loglevel',
        'error',
        '-f',
        'lavfi',
        '-i',
        source,
        ...encode,
        ...live,
        partial,
      ]);
      renameSync(partial, path);
    }),
  );
  return VIDEO_PATHS;
}
