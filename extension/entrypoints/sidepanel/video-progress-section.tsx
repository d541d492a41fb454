import { useRef } from 'preact/hooks';
import type { ResourceProgress } from '../../../shared/resource-progress';
import { formatClock } from '../../lib/format-clock';
import type { TabVideoStatus } from '../../lib/tab-video';
import { useFocusFallback } from '../../lib/use-focus-fallback';
import { WatchedBar } from './watched-bar';

export interface VideoProgressSectionProps {
  progress: ResourceProgress | undefined;
  /** The live video in the followed tab, when it is this one. */
  live: Extract<TabVideoStatus, { tracked: true }> | null;
  onSeek(seconds: number): void;
}

/** The video's progress: the watched bar, the share watched, and the offer to resume. */
export function VideoProgressSection({ progress, live, onSeek }: VideoProgressSectionProps) {
  const video = progress?.video;
  const duration = video?.duration ?? live?.duration ?? null;
  const fraction = video?.fraction ?? 0;
  const facts = [
    duration ? `${Math.floor(fraction * 100)}% watched` : 'Length not known yet',
    video?.furthest ? `furthest ${formatClock(video.furthest)}` : null,
    duration ? `${formatClock(duration)} long` : null,
  ].filter(Boolean);
  const heading = useRef<HTMLHeadingElement>(null);
  // Once the video is there, "Resume at …" goes: the focus stays in this section.
  const resumeButton = useFocusFallback<HTMLButtonElement>(heading);
  return (
    <section class="panel-section" aria-labelledby="video-progress-heading">
      <h3 class="panel-section__title" id="video-progress-heading" ref={heading} tabIndex={-1}>
        Recording
        {live ? (
          <span class="video-now">
            {live.playing ? 'playing' : 'paused'} at {formatClock(live.currentTime)}
          </span>
        ) : null}
      </h3>
      <WatchedBar
        intervals={video?.intervals ?? []}
        duration={duration}
        currentTime={live?.currentTime ?? null}
        marks={progress?.notes.map((n) => n.seconds)}
      />
      <p class="video-facts">{facts.join(' · ')}</p>
      {live?.resumeOffer != null ? (
        <button
          ref={resumeButton}
          type="button"
          class="ra-button ra-button--primary resume-button"
          onClick={() => onSeek(live.resumeOffer!)}
        >
          Resume at {formatClock(live.resumeOffer)}
        </button>
      ) : null}
    </section>
  );
}
