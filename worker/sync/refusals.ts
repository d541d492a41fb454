import type { ErrorCode } from '../../shared/sync-protocol/error-codes';

/** The reasons a sync batch can refuse itself with, by a row in write_refusals (see schema.ts). */
export type Refusal = Extract<ErrorCode, 'quota_exceeded' | 'merge_rule_changed'>;

const REFUSALS: readonly Refusal[] = ['quota_exceeded', 'merge_rule_changed'];

/**
 * The refusal a failed D1 batch stands for, or `null` for any other failure. D1 reports the
 * failed CHECK by its constraint's name: `CHECK constraint failed: quota_exceeded`.
 */
export function refusalOf(error: unknown): Refusal | null {
  const message = error instanceof Error ? error.message : String(error);
  return REFUSALS.find((reason) => message.includes(`CHECK constraint failed: ${reason}`)) ?? null;
}
