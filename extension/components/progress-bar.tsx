import './theme.css';
import './progress-bar.css';

export interface ProgressBarProps {
  value: number;
  max: number;
  /** What the bar measures, for screen readers: "Session 3 progress". */
  label: string;
  size?: 'small' | 'large';
  /** The id of an element that says how the value is counted. */
  describedBy?: string;
}

/** A horizontal bar, `value` of `max` filled; announced as "3 of 10 (30%)". */
export function ProgressBar({ value, max, label, size = 'small', describedBy }: ProgressBarProps) {
  const percent = max > 0 ? Math.min(100, Math.max(0, (value / max) * 100)) : 0;
  return (
    <div
      class={`ra-progress${size === 'large' ? ' ra-progress--large' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-describedby={describedBy}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={`${value} of ${max} (${Math.floor(percent)}%)`}
    >
      <div class="ra-progress__fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
