import { formatHlc, type HlcState, parseHlc } from '../../shared/hlc';
import type { Change, Register } from '../../shared/register';
import { MAX_CLOCK_SKEW_MS } from '../../shared/sync-protocol/limits';

/** A stamp further ahead of the server's time than this is moved back (the server allows 5 min). */
export const AHEAD_LIMIT_MS = MAX_CLOCK_SKEW_MS / 2;

export interface ClockState {
  registers: Record<string, Register>;
  outbox: Record<string, Change>;
  clock: HlcState;
}

/**
 * Whether this browser's clock or queued stamps run too far ahead of `now` (server time): a
 * clock that was ahead (a wrong date since corrected, or an offset learnt late) keeps stamping
 * in the future, the server refuses those stamps (`clock_skew`), and under `lww` they would
 * beat every honest change to their keys until that time came.
 */
export function clockAhead({ outbox, clock }: ClockState, now: number): boolean {
  const limit = now + AHEAD_LIMIT_MS;
  return clock.ms > limit || Object.values(outbox).some((c) => (parseHlc(c.hlc)?.ms ?? 0) > limit);
}

/**
 * Brings a clock that ran ahead back to `now` (server time). Each queued change stamped too far
 * ahead is re-stamped at the time it was made as the server tells it: its stamp moves by
 * `shift` (how much the offset to the server changed since it was stamped), and never past
 * `now`; the register that holds that change moves with it. The clock restarts at `now` (a
 * change is always stamped after the value it replaces, `stampAfter`, so no key's order is
 * lost). Returns new objects; the input is not changed.
 */
export function recoverClock(state: ClockState, now: number, shift: number): ClockState {
  const limit = now + AHEAD_LIMIT_MS;
  const registers = { ...state.registers };
  const outbox = { ...state.outbox };
  for (const [key, change] of Object.entries(outbox)) {
    const stamp = parseHlc(change.hlc);
    if (!stamp || stamp.ms <= limit) continue;
    const ms = Math.max(0, Math.min(now, stamp.ms + shift));
    const hlc = formatHlc(ms, stamp.counter, stamp.deviceId);
    outbox[key] = { ...change, hlc };
    const held = registers[key];
    if (held?.hlc === change.hlc) registers[key] = { ...held, hlc };
  }
  return { registers, outbox, clock: { ms: now, counter: 0 } };
}
