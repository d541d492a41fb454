/**
 * Local writes of registers that are not resource progress (imported curricula, device names):
 * stamped with this browser's clock, merged, and queued in the outbox in ONE storage call, in
 * the progress writer's queue, exactly as `writeProgress` does for progress keys.
 */
import { storage } from 'wxt/utils/storage';
import { formatHlc, tickHlc } from '../../../shared/hlc';
import { type Change, type Json, type MergeRule, mergeRegister } from '../../../shared/register';
import { withWriteLock } from '../progress-writer';
import { clockStorage, deviceIdStorage, outboxStorage, registersStorage } from '../storage';
import { validRegisters } from '../valid-registers';

export interface RegisterDraft {
  key: string;
  value: Json;
  merge: MergeRule;
}

/** Another value written in the same storage call (e.g. what the drafts were made from). */
export type AlsoWrite = Parameters<typeof storage.setItems>[0][number];

export interface RegisterPlan {
  drafts: RegisterDraft[];
  alsoWrite?: AlsoWrite[];
}

/** `plan` looks at the registers as they are and says what to write; it runs inside the lock. */
export function writeRegisters(
  plan: (registers: Readonly<Record<string, unknown>>) => Promise<RegisterPlan> | RegisterPlan,
): Promise<Change[]> {
  return withWriteLock(async () => {
    const [stored, clock, queued, deviceId] = await Promise.all([
      registersStorage.getValue(),
      clockStorage.getValue(),
      outboxStorage.getValue(),
      deviceIdStorage.getValue(),
    ]);
    // Copies (a fallback object must never be edited in place); entries this code cannot
    // read are left exactly as they are.
    const outbox = { ...queued };
    const raw: Record<string, unknown> = { ...stored };
    const { drafts, alsoWrite = [] } = await plan(raw);
    const now = Date.now();
    let state = clock;
    const changes: Change[] = [];
    for (const draft of drafts) {
      state = tickHlc(state, now);
      const change: Change = {
        key: draft.key,
        value: draft.value,
        hlc: formatHlc(state.ms, state.counter, deviceId!),
        merge: draft.merge,
      };
      const before = validRegisters({ [draft.key]: raw[draft.key] }).registers[draft.key];
      const after = mergeRegister(before, change);
      if (after !== before) {
        raw[draft.key] = after;
        outbox[draft.key] = change;
        changes.push(change);
      }
    }
    if (changes.length === 0 && alsoWrite.length === 0) return [];
    await storage.setItems([
      ...(changes.length > 0
        ? [
            { item: registersStorage, value: raw as typeof stored },
            { item: outboxStorage, value: outbox },
            { item: clockStorage, value: state },
          ]
        : []),
      ...alsoWrite,
    ]);
    return changes;
  });
}
