import type { SyncChange } from '../../shared/sync-protocol/change';
import { ApiError } from '../api-error';

/**
 * Refuses a request in which two changes of one key carry different merge rules: a key keeps
 * one rule for its whole life (the stored rule is checked inside the write, apply-changes.ts).
 */
export function checkOneRulePerKey(changes: readonly SyncChange[]): void {
  const rules = new Map<string, { rule: string; index: number }>();
  changes.forEach((change, i) => {
    const rule = change.merge ?? 'lww';
    const first = rules.get(change.key);
    if (!first) rules.set(change.key, { rule, index: i });
    else if (first.rule !== rule) {
      throw new ApiError(
        'merge_rule_changed',
        `changes[${i}] gives key "${change.key.slice(0, 64)}" the rule "${rule}", but changes[${first.index}] gives it "${first.rule}". A key keeps one merge rule for its whole life.`,
      );
    }
  });
}
