import { useId } from 'preact/hooks';
import './theme.css';
import './bar-chart.css';

export interface Bar {
  /** Under the bar and in the table: "3 Mar". */
  label: string;
  value: number;
}

export interface BarChartProps {
  /** The chart's name: "Items finished per week". */
  title: string;
  bars: readonly Bar[];
  /** Headers of the table's two columns: "Week of", "Items finished". */
  labelHeader: string;
  valueHeader: string;
}

const STEP = 40;
const BAR = 28;
const PLOT = 100;
const TOP = 16;
const BOTTOM = 20;

/** What a screen reader hears after the title: the total and the highest bar. */
export function barChartSummary(bars: readonly Bar[]): string {
  const total = bars.reduce((sum, bar) => sum + bar.value, 0);
  if (total === 0) return 'None yet.';
  const highest = bars.reduce((a, b) => (b.value > a.value ? b : a));
  return `${total} in all; the most, ${highest.value}, in ${highest.label}.`;
}

/**
 * Vertical bars in plain SVG, one per entry, each with its value above it. Announced as one
 * image (its title and a summary); the numbers are also in a table under "Show as a table".
 */
export function BarChart({ title, bars, labelHeader, valueHeader }: BarChartProps) {
  const id = useId();
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const width = Math.max(1, bars.length) * STEP;
  return (
    <figure class="ra-chart">
      <svg
        class="ra-chart__plot"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${width} ${TOP + PLOT + BOTTOM}`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{barChartSummary(bars)}</desc>
        <line class="ra-chart__axis" x1={0} x2={width} y1={TOP + PLOT} y2={TOP + PLOT} />
        {bars.map((bar, i) => {
          const height = (bar.value / max) * PLOT;
          const x = i * STEP + (STEP - BAR) / 2;
          return (
            <g key={bar.label}>
              <rect
                class="ra-chart__bar"
                x={x}
                y={TOP + PLOT - height}
                width={BAR}
                height={height}
                rx={3}
              />
              {bar.value > 0 && (
                <text class="ra-chart__value" x={x + BAR / 2} y={TOP + PLOT - height - 4}>
                  {bar.value}
                </text>
              )}
              <text class="ra-chart__label" x={x + BAR / 2} y={TOP + PLOT + 14}>
                {bar.label}
              </text>
            </g>
          );
        })}
      </svg>
      <details class="ra-chart__table">
        <summary>Show as a table</summary>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              <th scope="col">{valueHeader}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td>{bar.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
