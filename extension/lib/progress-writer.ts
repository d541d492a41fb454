/**
 * The one place progress is written (it runs in the background service worker). Each write
 * stamps its changes with the clock, merges them into the registers, and queues them in the
 * outbox, all in ONE storage call: a service worker killed mid-write leaves either the old
 * state or the new one, never half of it. Writes run one at a time, so none is lost to a race.
 */

import { storage } from 'wxt/utils/storage';
import { formatHlc, receiveHlc, tickHlc } from '../../shared/hlc';
import { encodeProgressKey, PROGRESS_MERGE, type ProgressKey } from '../../shared/progress-keys';
import { type Change, type Json, mergeRegister, type Register } from '../../shared/register';
import { deriveProgress, type ResourceProgress } from '../../shared/resource-progress';
import {
  clockStorage,
  deviceIdStorage,
  outboxStorage,
  quarantineStorage,
  registersStorage,
} from './storage';
import { validRegisters } from './valid-registers';

/** A change before it is stamped: which register, and its new value. */
export interface ChangeDraft {
  key: ProgressKey;
  value: Json;
}

export interface WriteContext {
  now: number;
  deviceId: string;
  registers: Record<string, Register>;
  /** The current progress of a subject (derived from the registers before this write). */
  progressOf(subject: string): ResourceProgress | undefined;
}

type Listener = (changed: Change[]) => void;
const listeners = new Set<Listener>();
let queue: Promise<unknown> = Promise.resolve();

/** Called after every write that changed something (badge, sync scheduling). */
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

/** Local edits: `build` looks at the current state and returns the changes to make. */
export function writeProgress(build: (ctx: WriteContext) => ChangeDraft[]): Promise<Change[]> {
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
    let derived: Map<string, ResourceProgress> | undefined;
    const drafts = build({
      now,
      deviceId: deviceId!,
      registers,
      progressOf: (subject) => {
        derived ??= deriveProgress(registers);
        return derived.get(subject);
      },
    });
    if (drafts.length === 0) return [];
    let state = clock;
    const changes: Change[] = [];
    for (const draft of drafts) {
      state = tickHlc(state, now);
      const key = encodeProgressKey(draft.key);
      const change: Change = {
        key,
        value: draft.value,
        hlc: formatHlc(state.ms, state.counter, deviceId!),
        merge: PROGRESS_MERGE[draft.key.field],
      };
      const before = registers[key];
      registers[key] = mergeRegister(before, change);
      if (registers[key] !== before) {
        outbox[key] = change;
        changes.push(change);
      }
    }
    await storage.setItems([
      { item: registersStorage, value: registers },
      { item: outboxStorage, value: outbox },
      { item: clockStorage, value: state },
    ]);
    for (const listener of listeners) listener(changes);
    return changes;
  });
}

/**
 * Changes pulled from the server: merged into the registers (never queued back to the server),
 * and the clock moves past every stamp seen.
 */
export function applyRemoteChanges(remote: Change[]): Promise<number> {
  return serialize(async () => {
    const [registers, clock] = await Promise.all([readRegisters(), clockStorage.getValue()]);
    let state = clock;
    let changed = 0;
    const now = Date.now();
    for (const change of remote) {
      state = receiveHlc(state, change.hlc, now);
      const before = registers[change.key];
      registers[change.key] = mergeRegister(before, change);
      if (registers[change.key] !== before) changed++;
    }
    await storage.setItems([
      { item: registersStorage, value: registers },
      { item: clockStorage, value: state },
    ]);
    if (changed > 0) for (const listener of listeners) listener([]);
    return changed;
  });
}

/** Runs `task` in the same queue as writes (the sync client uses it to edit the outbox safely). */
export function withWriteLock<T>(task: () => Promise<T>): Promise<T> {
  return serialize(task);
}
