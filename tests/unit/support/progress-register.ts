import { formatHlc } from '../../../shared/hlc';
import { encodeProgressKey, type ProgressKey } from '../../../shared/progress-keys';
import type { Json, MergeRule, Register } from '../../../shared/register';

let tick = 0;

/**
 * One progress field's register as a test plants it, `[key, register]`: written by device A,
 * each a millisecond after the one before, so later calls win under `lww`.
 */
export const progressRegister = (
  key: ProgressKey,
  value: Json,
  merge: MergeRule = 'lww',
): [string, Register] => [
  encodeProgressKey(key),
  { value, hlc: formatHlc(1_780_000_000_000 + tick++, 0, 'devA'), merge },
];
