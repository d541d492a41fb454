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
import { formatHlc, stampAfter, tickHlc } from '../../shared/hlc';
import {
  decodeProgressKey,
  encodeProgressKey,
  PROGRESS_MERGE,
  type ProgressKey,
} from '../../shared/progress-keys';
import {
  type Change,
  type Json,
  type MergeRule,
  mergeRegister,
  type Register,
} from '../../shared/register';
import { deriveProgress, type ResourceProgress } from '../../shared/resource-progress';
import { type ProgressDraft, watchFollowUps } from '../../shared/watch-follow-ups';
import { clockAhead, recoverClock } from './clock-recovery';
import { correctedNow } from './server-clock';
import { settingsFrom } from './settings';
import {
  clockStorage,
  deviceIdStorage,
  outboxStorage,
  quarantineStorage,
  registersStorage,
  serverClockOffsetStorage,
  syncCursorStorage,
} from './storage';
import { setItemsOrReportFull } from './storage-full';
import { validRegisters } from './valid-registers';

/** A progress change before it is stamped: which register, and its new value. */
export type ChangeDraft = ProgressDraft;

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
  /** Now, on the sync server's clock (server-clock.ts). */
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

/** Everything a write reads, read at once inside the lock. */
async function readState() {
  const [registers, clock, storedOutbox, deviceId, offset] = await Promise.all([
    readRegisters(),
    clockStorage.getValue(),
    outboxStorage.getValue(),
    deviceIdStorage.getValue(),
    serverClockOffsetStorage.getValue(),
  ]);
  // A copy: with nothing stored, getValue() hands out the item's shared fallback object.
  const outbox = { ...storedOutbox };
  return { registers, clock, outbox, deviceId: deviceId!, offset };
}

type State = Awaited<ReturnType<typeof readState>>;

/**
 * Stamps each draft (after the value it replaces), merges it into `state.registers` and queues
 * it in `state.outbox` when it changes the register; returns those changes.
 */
function stampAndMerge(state: State, drafts: readonly RegisterDraft[], now: number): Change[] {
  const changes: Change[] = [];
  for (const draft of drafts) {
    state.clock = tickHlc(state.clock, now);
    const before = state.registers[draft.key];
    const stamp = stampAfter(state.clock, before?.hlc);
    const change: Change = {
      key: draft.key,
      value: draft.value,
      hlc: formatHlc(stamp.ms, stamp.counter, state.deviceId),
      merge: draft.merge,
    };
    state.registers[draft.key] = mergeRegister(before, change);
    if (state.registers[draft.key] !== before) {
      state.outbox[draft.key] = change;
      changes.push(change);
    }
  }
  return changes;
}

const toRegisterDraft = (draft: ChangeDraft): RegisterDraft => ({
  key: encodeProgressKey(draft.key),
  value: draft.value,
  merge: PROGRESS_MERGE[draft.key.field],
});

/**
 * The changes that follow from `changedKeys` (shared/watch-follow-ups.ts: the merged share
 * watched is stored, and ticks the item done when it crosses the threshold), stamped and merged.
 */
function followUp(state: State, changedKeys: Iterable<string>, now: number): Change[] {
  const subjects = new Set<string>();
  for (const key of changedKeys) {
    const decoded = decodeProgressKey(key);
    if (decoded) subjects.add(decoded.subject);
  }
  if (subjects.size === 0) return [];
  const derived = deriveProgress(state.registers, subjects);
  const { doneThreshold } = settingsFrom(state.registers);
  const drafts = [...subjects].flatMap((subject) => {
    const progress = derived.get(subject);
    return progress ? watchFollowUps(progress, state.registers, doneThreshold) : [];
  });
  return stampAndMerge(state, drafts.map(toRegisterDraft), now);
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
    const state = await readState();
    const now = correctedNow(state.offset);
    const {
      drafts,
      alsoWrite = [],
      remove = [],
    } = await plan({
      now,
      deviceId: state.deviceId,
      registers: state.registers,
    });
    const made = stampAndMerge(state, drafts, now);
    const changes = [
      ...made,
      ...followUp(
        state,
        made.map((c) => c.key),
        now,
      ),
    ];
    if (changes.length > 0 || alsoWrite.length > 0)
      await setItemsOrReportFull([
        ...(changes.length > 0
          ? [
              { item: registersStorage, value: state.registers },
              { item: outboxStorage, value: state.outbox },
              { item: clockStorage, value: state.clock },
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
    return { drafts: drafts.map(toRegisterDraft) };
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
 * Changes pulled from the server, one page or several (sync-engine.ts): merged into the
 * registers (never queued back to the server), with `offset`, the server's clock as the last
 * answer told it, and `cursor`, where the pull now stands, kept in the same storage call, so
 * storage never holds a cursor past registers it does not hold. What follows from them is
 * written like a local change (the merged share watched, a tick by watching), and a clock found
 * running ahead of the server's time is brought back (clock-recovery.ts). Resolves to the
 * number of registers the pull changed, the registers as written (for reading only), and
 * whether the clock was brought back (then some registers hold stamps the server may have with
 * their old value: the cursor is saved as `null`, to pull everything again and take the
 * server's).
 */
export function applyRemoteChanges(
  remote: readonly Change[],
  offset: number,
  cursor?: string | null,
): Promise<Merged> {
  return mergeStamped(remote, { offset, cursor });
}

/**
 * Changes read from an export file (`shared/progress-export/`): merged by the same rule as
 * sync, keeping their own stamps, so an older value never replaces a newer one; the ones that
 * win are queued for the sync server like a local write.
 */
export async function applyImportedChanges(imported: readonly Change[]): Promise<number> {
  return (await mergeStamped(imported, { queueWinners: true })).changed;
}

interface Merged {
  changed: number;
  registers: Readonly<Record<string, Register>>;
  recovered: boolean;
}

function mergeStamped(
  incoming: readonly Change[],
  {
    offset,
    cursor,
    queueWinners = false,
  }: { offset?: number; cursor?: string | null; queueWinners?: boolean },
): Promise<Merged> {
  return serialize(async () => {
    let state = await readState();
    const now = correctedNow(offset ?? state.offset);
    const won: Change[] = [];
    for (const change of incoming) {
      const before = state.registers[change.key];
      state.registers[change.key] = mergeRegister(before, change);
      if (state.registers[change.key] !== before) won.push(change);
    }
    if (queueWinners) for (const change of won) state.outbox[change.key] = change;
    const recovered = offset !== undefined && clockAhead(state, now);
    if (recovered) state = { ...state, ...recoverClock(state, now, offset - state.offset) };
    const followUps = followUp(
      state,
      won.map((c) => c.key),
      now,
    );
    // Registers, outbox and clock are unchanged when nothing won and no clock was brought
    // back (a pull with nothing new): they are not written again.
    await setItemsOrReportFull([
      ...(won.length > 0 || recovered
        ? [
            { item: registersStorage, value: state.registers },
            { item: outboxStorage, value: state.outbox },
            { item: clockStorage, value: state.clock },
          ]
        : []),
      ...(offset !== undefined ? [{ item: serverClockOffsetStorage, value: offset }] : []),
      ...(cursor !== undefined
        ? [{ item: syncCursorStorage, value: recovered ? null : cursor }]
        : []),
    ]);
    // Listeners hear of queued changes only (sync then sends them); pulled ones are not news.
    if (won.length > 0)
      for (const listener of listeners) listener(queueWinners ? [...won, ...followUps] : followUps);
    return { changed: won.length, registers: state.registers, recovered };
  });
}

/** Runs `task` in the same queue as writes (the sync client uses it to edit the outbox safely). */
export function withWriteLock<T>(task: () => Promise<T>): Promise<T> {
  return serialize(task);
}
