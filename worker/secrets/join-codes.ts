import { normalizeCrockford, randomCrockford } from './crockford';
import { sha256Hex } from './sha256';

/** A pairing code: 10 Crockford base32 characters (50 bits), shown as `XXXXX-XXXXX`. */
const PAIRING_CODE_CHARS = 10;
/** A recovery key: 32 Crockford base32 characters (160 bits), shown as `XXXX-XXXX-…` (8 groups). */
const RECOVERY_KEY_CHARS = 32;

export function newPairingCode(): string {
  return randomCrockford(PAIRING_CODE_CHARS, 5);
}

export function newRecoveryKey(): string {
  return randomCrockford(RECOVERY_KEY_CHARS, 4);
}

/** The stored hash of a code as shown to the user. */
export async function joinCodeHash(code: string): Promise<string> {
  return sha256Hex(normalizeCrockford(code) ?? code);
}

/** What a typed code could be, told apart by its length once normalized; `null`: neither. */
export async function readJoinCode(
  typed: string,
): Promise<{ kind: 'pairing-code' | 'recovery-key'; hash: string } | null> {
  const code = normalizeCrockford(typed);
  if (code === null) return null;
  if (code.length === PAIRING_CODE_CHARS)
    return { kind: 'pairing-code', hash: await sha256Hex(code) };
  if (code.length === RECOVERY_KEY_CHARS)
    return { kind: 'recovery-key', hash: await sha256Hex(code) };
  return null;
}
