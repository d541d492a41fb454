import { randomBytes } from './random';

/** Crockford's base32: digits and letters without I, L, O, U, so codes are easy to read aloud. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `length` random Crockford base32 characters (5 bits each), in groups of `group` joined by `-`. */
export function randomCrockford(length: number, group: number): string {
  const bytes = randomBytes(length);
  let text = '';
  for (let i = 0; i < length; i++) {
    if (i > 0 && i % group === 0) text += '-';
    text += ALPHABET[bytes[i]! & 31];
  }
  return text;
}

/**
 * A typed code in canonical form: upper case, without spaces or dashes, with O read as 0 and
 * I, L as 1. `null` when a character is not Crockford base32.
 */
export function normalizeCrockford(typed: string): string | null {
  const text = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  for (const char of text) if (!ALPHABET.includes(char)) return null;
  return text;
}
