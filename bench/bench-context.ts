/** What every case of `npm run bench` is given. */
import type { BenchServer } from './sync/bench-server';

export interface BenchContext {
  /** `--quick`: every case, shortened (fewer records, rounds and ticks). */
  quick: boolean;
  /** The sync server of the sync cases, started once (sync/bench-server.ts). */
  server: BenchServer;
  /** Adds a line under the table (what a figure means, what was seen). */
  note(text: string): void;
  /** Prints progress on stderr, so the table on stdout stays clean. */
  log(text: string): void;
}
