/**
 * The one place registers are written (it runs in the background service worker): progress
 * (`writeProgress`) and every other register, imported curricula and settings
 * (`writeRegisters`). Each write stamps its changes with the clock, merges them into the
 * registers, and queues them in the outbox, all in ONE storage call: a service worker killed
 * mid-write leaves either the old state or the new one, never half of it. Writes run one at a
 * time, so none is lost to a race. A write the browser refuses for lack of room changes
 * nothing, here or in memory (each write works on copies it read), notifies no one, and
 * rejects with a `StorageFullError` (storage-full.ts).
 */

import { storage } from 'wxt/utils/storage';
import { formatHlc, receiveHlc, tickHlc } from '../../shared/hlc';
import { encodeProgressKey, PROGRESS_MERGE, type ProgressKey } from '../../shared/progress-keys';
import {
  type Change,
  type Json,
  type MergeRule,
  mergeRegister,
  type Register,
} from '../../shared/register';
import { deriveProgress, type ResourceProgress } from '../../shared/resource-progress';
import {
  clockStorage,
  deviceIdStorage,
  outboxStorage,
  quarantineStorage,
  registersStorage,
} from './storage';
import { setItemsOrReportFull } from './storage-full';
import { validRegisters } from './valid-registers';

/** A progress change before it is stamped: which register, and its new value. */
export interface ChangeDraft {
  key: ProgressKey;
  value: Json;
}

/** A change of any register before it is stamped: its key, new value and merge rule. */
export interface RegisterDraft {
  key: string;
  value: Json;
  merge: MergeRule;
}

/** Another value written in the same storage call (e.g. entries set aside). */
export type AlsoWrite = Parameters<typeof storage.setItems>[0][number];

export interface RegisterPlan {
  drafts: RegisterDraft[];
  alsoWrite?: AlsoWrite[];
  /** Storage keys removed once the rest is written (what a migration has moved). */
  remove?: `local:${string}`[];
}

export interface WriteContext {
  now: number;
  deviceId: string;
  registers: Record<string, Register>;
  /** The current progress of a subject (derived from the registers before this write). */
  progressOf(subject: string): ResourceProgress | undefined;
  /** The value a progress register holds now (undefined: none). */
  stored(key: ProgressKey): Json | undefined;
}

type Listener = (changed: Change[]) => void;
const listeners = new Set<Listener>();
let queue: Promise<unknown> = Promise.resolve();

/** Called after every write that changed something (sync scheduling). */
export function onProgressWritten(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function serialize<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function readRegisters(): Promise<Record<string, Register>> {
  const stored = await storage.getItem<unknown>('local:registers');
  const { registers, unreadable } = validRegisters(stored);
  if (Object.keys(unreadable).length > 0) {
    const kept = await quarantineStorage.getValue();
    await quarantineStorage.setValue({ ...kept, ...unreadable });
    console.warn(
      `Readalong: ${Object.keys(unreadable).length} unreadable progress entries were set aside in local:quarantine.`,
    );
  }
  return registers;
}

type Planner = (ctx: {
  now: number;
  deviceId: string;
  registers: Record<string, Register>;
}) => Promise<RegisterPlan> | RegisterPlan;

/**
 * The core every local write goes through: `plan` looks at the registers as they are (inside
 * the lock) and says what to write; each draft is stamped, merged and queued, and only the
 * ones that change a register count.
 */
function commit(plan: Planner): Promise<Change[]> {
  return serialize(async () => {
    const [registers, clock, storedOutbox, deviceId] = await Promise.all([
      readRegisters(),
      clockStorage.getValue(),
      outboxStorage.getValue(),
      deviceIdStorage.getValue(),
    ]);
    // A copy: with nothing stored, getValue() hands out the item's shared fallback object.
    const outbox = { ...storedOutbox };
    const now = Date.now();
    const {
      drafts,
      alsoWrite = [],
      remove = [],
    } = await plan({
      now,
      deviceId: deviceId!,
      registers,
    });
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
      const before = registers[draft.key];
      registers[draft.key] = mergeRegister(before, change);
      if (registers[draft.key] !== before) {
        outbox[draft.key] = change;
        changes.push(change);
      }
    }
    if (changes.length > 0 || alsoWrite.length > 0)
      await setItemsOrReportFull([
        ...(changes.length > 0
          ? [
              { item: registersStorage, value: registers },
              { item: outboxStorage, value: outbox },
              { item: clockStorage, value: state },
            ]
          : []),
        ...alsoWrite,
      ]);
    if (remove.length > 0)
      await storage.removeItems(remove.map((key) => ({ key, options: { removeMeta: true } })));
    if (changes.length > 0) for (const listener of listeners) listener(changes);
    return changes;
  });
}

/** Local edits of progress: `build` looks at the current state and returns the changes to make. */
export function writeProgress(build: (ctx: WriteContext) => ChangeDraft[]): Promise<Change[]> {
  return commit(({ now, deviceId, registers }) => {
    let derived: Map<string, ResourceProgress> | undefined;
    const drafts = build({
      now,
      deviceId,
      registers,
      progressOf: (subject) => {
        derived ??= deriveProgress(registers);
        return derived.get(subject);
      },
      stored: (key) => registers[encodeProgressKey(key)]?.value,
    });
    return {
      drafts: drafts.map((draft) => ({
        key: encodeProgressKey(draft.key),
        value: draft.value,
        merge: PROGRESS_MERGE[draft.key.field],
      })),
    };
  });
}

/**
 * Local writes of registers that are not resource progress (imported curricula, settings):
 * `plan` looks at the registers as they are and says what to write, and what else to store or
 * remove with it.
 */
export function writeRegisters(
  plan: (registers: Readonly<Record<string, Register>>) => Promise<RegisterPlan> | RegisterPlan,
): Promise<Change[]> {
  return commit(({ registers }) => plan(registers));
}

/**
 * Changes pulled from the server: merged into the registers (never queued back to the server),
 * and the clock moves past every stamp seen.
 */
export function applyRemoteChanges(remote: Change[]): Promise<number> {
  return mergeStamped(remote, false);
}

/**
 * Changes read from an export file (`shared/progress-export/`): merged by the same rule as
 * sync, keeping their own stamps, so an older value never replaces a newer one; the ones that
 * win are queued for the sync server like a local write.
 */
export function applyImportedChanges(imported: Change[]): Promise<number> {
  return mergeStamped(imported, true);
}

function mergeStamped(incoming: Change[], queueWinners: boolean): Promise<number> {
  return serialize(async () => {
    const [registers, clock, storedOutbox] = await Promise.all([
      readRegisters(),
      clockStorage.getValue(),
      outboxStorage.getValue(),
    ]);
    const outbox = { ...storedOutbox };
    let state = clock;
    const won: Change[] = [];
    const now = Date.now();
    for (const change of incoming) {
      state = receiveHlc(state, change.hlc, now);
      const before = registers[change.key];
      registers[change.key] = mergeRegister(before, change);
      if (registers[change.key] !== before) won.push(change);
    }
    if (queueWinners) for (const change of won) outbox[change.key] = change;
    await setItemsOrReportFull([
      { item: registersStorage, value: registers },
      { item: clockStorage, value: state },
      ...(queueWinners && won.length > 0 ? [{ item: outboxStorage, value: outbox }] : []),
    ]);
    // Listeners hear of queued changes only (sync then sends them); pulled ones are not news.
    if (won.length > 0) for (const listener of listeners) listener(queueWinners ? won : []);
    return won.length;
  });
}

/** Runs `task` in the same queue as writes (the sync client uses it to edit the outbox safely). */
export function withWriteLock<T>(task: () => Promise<T>): Promise<T> {
  return serialize(task);
}
