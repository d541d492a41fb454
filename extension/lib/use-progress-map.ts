import { useMemo } from 'preact/hooks';
import { deriveProgress, type ResourceProgress } from '../../shared/resource-progress';
import { useRegisters } from './use-registers';

/** Every resource's progress, from the registers in local storage, kept up to date. */
export function useProgressMap(): ReadonlyMap<string, ResourceProgress> | undefined {
  const registers = useRegisters();
  return useMemo(
    () => (registers === undefined ? undefined : deriveProgress(registers)),
    [registers],
  );
}
