/**
 * Hybrid logical clock. Timestamps are fixed-width strings
 * `<15-digit ms>-<6-digit counter>-<device id>`, so plain string order is clock order.
 */
export interface HlcState {
  ms: number;
  counter: number;
}

const MS_WIDTH = 15;
const COUNTER_WIDTH = 6;
const MAX_COUNTER = 10 ** COUNTER_WIDTH - 1;
/** A well-formed HLC; the device id part is 1 to 64 of `A-Z a-z 0-9 _ -`. */
export const HLC_PATTERN = /^(\d{15})-(\d{6})-([A-Za-z0-9_-]{1,64})$/;

export function formatHlc(ms: number, counter: number, deviceId: string): string {
  return `${String(ms).padStart(MS_WIDTH, '0')}-${String(counter).padStart(COUNTER_WIDTH, '0')}-${deviceId}`;
}

export function parseHlc(hlc: string): { ms: number; counter: number; deviceId: string } | null {
  const match = HLC_PATTERN.exec(hlc);
  if (!match) return null;
  return { ms: Number(match[1]), counter: Number(match[2]), deviceId: match[3]! };
}

/**
 * The next local timestamp: never behind `now` (the server-corrected time), never behind
 * anything this clock stamped before.
 */
export function tickHlc(state: HlcState, now: number): HlcState {
  if (now > state.ms) return { ms: now, counter: 0 };
  if (state.counter >= MAX_COUNTER) return { ms: state.ms + 1, counter: 0 };
  return { ms: state.ms, counter: state.counter + 1 };
}

/**
 * The stamp for a change to a register that holds a value stamped `current`: the clock's
 * `next` stamp, or just after `current` when that is later. A change made after seeing a value
 * thus always replaces it, while a stamp from elsewhere that runs ahead (a clock that is
 * wrong) moves only its own register's stamps, never this browser's clock: the clock keeps
 * server-corrected time for every other key.
 */
export function stampAfter(next: HlcState, current: string | undefined): HlcState {
  const seen = current === undefined ? null : parseHlc(current);
  if (!seen || seen.ms < next.ms || (seen.ms === next.ms && seen.counter < next.counter))
    return next;
  return seen.counter >= MAX_COUNTER
    ? { ms: seen.ms + 1, counter: 0 }
    : { ms: seen.ms, counter: seen.counter + 1 };
}
