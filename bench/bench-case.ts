/** One row of `npm run bench`: a named piece of work, run many times and timed. */
export interface BenchCase {
  name: string;
  /** What one run does, for the table: "1,000 lookups", "import 156 KB". */
  unit: string;
  /** Prepared once; its result is passed to `run`. */
  setup?: () => unknown | Promise<unknown>;
  run: (prepared: unknown) => unknown | Promise<unknown>;
  /** A target the row is checked against: the median run must take at most this long. */
  targetMs?: number;
}
