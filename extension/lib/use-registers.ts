import { useMemo } from 'preact/hooks';
import type { Register } from '../../shared/register';
import { registersStorage } from './storage';
import { useStorageValue } from './use-storage-value';
import { readableRegisters } from './valid-registers';

/**
 * The registers in local storage (progress, imported curricula, settings), kept up to date;
 * undefined while loading. Entries that cannot be read are left out here (the background's
 * writer sets them aside).
 */
export function useRegisters(): Readonly<Record<string, Register>> | undefined {
  const stored = useStorageValue(registersStorage);
  return useMemo(() => (stored === undefined ? undefined : readableRegisters(stored)), [stored]);
}
