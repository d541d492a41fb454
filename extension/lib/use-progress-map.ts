import { useMemo } from 'preact/hooks';
import { deriveProgress, type ResourceProgress } from '../../shared/resource-progress';
import { registersStorage } from './storage';
import { useStorageValue } from './use-storage-value';
import { validRegisters } from './valid-registers';

/**
 * Every resource's progress, from the registers in local storage, kept up to date. Entries
 * that cannot be read are left out here (the background's writer sets them aside).
 */
export function useProgressMap(): ReadonlyMap<string, ResourceProgress> | undefined {
  const stored = useStorageValue(registersStorage);
  return useMemo(
    () => (stored === undefined ? undefined : deriveProgress(validRegisters(stored).registers)),
    [stored],
  );
}
