/**
 * A register is one synced value with its merge rule. The server and every browser merge
 * registers with this one function, so they converge whatever order changes arrive in.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type MergeRule = 'lww' | 'max' | 'min';

export interface Change {
  key: string;
  value: Json;
  hlc: string;
  merge?: MergeRule;
}

export interface Register {
  value: Json;
  hlc: string;
  merge: MergeRule;
}

/**
 * Whether `incoming` replaces `current`. `lww`: the greater HLC wins. `max`/`min`: the
 * greater/smaller number wins, equal numbers fall back to the greater HLC, and a non-number
 * loses to a number. Ties are decided the same way everywhere, and applying a change twice
 * changes nothing.
 */
export function incomingWins(current: Register | undefined, incoming: Change): boolean {
  if (!current) return true;
  const rule = incoming.merge ?? 'lww';
  if (rule !== 'lww') {
    const a = typeof current.value === 'number' ? current.value : null;
    const b = typeof incoming.value === 'number' ? incoming.value : null;
    if (b === null && a !== null) return false;
    if (a === null && b !== null) return true;
    if (a !== null && b !== null && a !== b) return rule === 'max' ? b > a : b < a;
  }
  return incoming.hlc > current.hlc;
}

export function mergeRegister(current: Register | undefined, incoming: Change): Register {
  if (!incomingWins(current, incoming)) return current!;
  return { value: incoming.value, hlc: incoming.hlc, merge: incoming.merge ?? 'lww' };
}
