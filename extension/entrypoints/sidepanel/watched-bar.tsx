import type { Interval } from '../../../shared/watched-intervals';
import { formatClock } from '../../lib/format-clock';

export interface WatchedBarProps {
  intervals: readonly Interval[];
  /** Seconds; null when unknown (a live stream): the bar then spans what is known so far. */
  duration: number | null;
  /** Where the video is now, when it plays in the followed tab. */
  currentTime: number | null;
  /** Note times, drawn as ticks. */
  marks?: readonly number[];
}

const percent = (x: number, scale: number) => `${Math.min(100, Math.max(0, (x / scale) * 100))}%`;

/**
 * The whole video as a bar: the spans actually watched filled in (so gaps show what was
 * skipped), the current position as a line, notes as ticks. Read as one image by screen
 * readers, with the spans in words.
 */
export function WatchedBar({ intervals, duration, currentTime, marks = [] }: WatchedBarProps) {
  const known = Math.max(intervals.at(-1)?.[1] ?? 0, currentTime ?? 0, ...marks);
  const scale = duration ?? known;
  const spans = intervals.map(([a, b]) => `${formatClock(a)} to ${formatClock(b)}`).join(', ');
  const label =
    intervals.length === 0
      ? 'Nothing watched yet'
      : `Watched ${spans}${duration ? ` of ${formatClock(duration)}` : ''}`;
  return (
    <div class="watched-bar" role="img" aria-label={label} data-spans={intervals.length}>
      {scale > 0
        ? intervals.map(([a, b]) => (
            <span
              key={`${a}-${b}`}
              class="watched-bar__span"
              style={{ left: percent(a, scale), width: percent(b - a, scale) }}
            />
          ))
        : null}
      {scale > 0
        ? marks.map((m) => (
            <span key={`m${m}`} class="watched-bar__mark" style={{ left: percent(m, scale) }} />
          ))
        : null}
      {scale > 0 && currentTime !== null ? (
        <span class="watched-bar__now" style={{ left: percent(currentTime, scale) }} />
      ) : null}
    </div>
  );
}
