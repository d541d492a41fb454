import type { VideoProgress } from '../../shared/resource-progress';

/** Closer than this to the start or the end, a saved position is not worth resuming at. */
export const RESUME_MARGIN_SECONDS = 10;

/** Where a learner may resume a video, or null when there is no point worth going back to. */
export function resumePoint(video: VideoProgress | null | undefined): number | null {
  const position = video?.position ?? null;
  if (position === null || position < RESUME_MARGIN_SECONDS) return null;
  const duration = video?.duration ?? null;
  if (duration !== null && position > duration - RESUME_MARGIN_SECONDS) return null;
  return position;
}
