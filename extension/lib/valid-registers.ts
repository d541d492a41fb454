import type { Register } from '../../shared/register';

const RULES = new Set(['lww', 'max', 'min']);

function isRegister(value: unknown): value is Register {
  if (!value || typeof value !== 'object') return false;
  const r = value as Partial<Register>;
  return typeof r.hlc === 'string' && RULES.has(r.merge as string) && 'value' in r;
}

/**
 * Splits what storage holds into registers that can be read and entries that cannot (a bad
 * write, a hand edit, a broken migration). Nothing is dropped: the caller keeps the rest aside.
 */
export function validRegisters(stored: unknown): {
  registers: Record<string, Register>;
  unreadable: Record<string, unknown>;
} {
  const registers: Record<string, Register> = {};
  const unreadable: Record<string, unknown> = {};
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) {
    if (stored !== null && stored !== undefined) unreadable['(whole value)'] = stored;
    return { registers, unreadable };
  }
  for (const [key, value] of Object.entries(stored)) {
    if (isRegister(value)) registers[key] = value;
    else unreadable[key] = value;
  }
  return { registers, unreadable };
}

/** The last value read and its readable registers: the hooks of a page share one split. */
let last: { stored: unknown; registers: Record<string, Register> } | undefined;

/** `validRegisters(stored).registers`, split once per value stored however often asked. */
export function readableRegisters(stored: unknown): Record<string, Register> {
  if (last && last.stored === stored) return last.registers;
  const { registers } = validRegisters(stored);
  last = { stored, registers };
  return registers;
}
