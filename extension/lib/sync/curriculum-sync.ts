/**
 * Imported curricula sync like progress: each one is a register (see curriculum-registers.ts).
 * Before a sync, what the learner imported, edited or removed here since the last sync is
 * written to the registers; after it, the registers are written back to the imported list.
 * A snapshot (a content hash by id) of the list as last reconciled tells a local edit or
 * removal apart from a curriculum this browser has simply not seen yet.
 */

import { storage } from 'wxt/utils/storage';
import type { Curriculum } from '../../../shared/curriculum';
import { type RegisterDraft, writeRegisters } from '../progress-writer';
import { importedCurriculaStorage, registersStorage } from '../storage';
import {
  curriculumDrafts,
  curriculumHash,
  curriculumIdOf,
  readCurriculum,
  removalDrafts,
} from './curriculum-registers';
import { syncedCurriculaStorage } from './sync-storage';

/** Queues the curricula imported, edited or removed here since they were last reconciled. */
export async function pushCurriculumEdits(): Promise<number> {
  const changes = await writeRegisters(async (registers) => {
    const [imported, snapshot] = await Promise.all([
      importedCurriculaStorage.getValue(),
      syncedCurriculaStorage.getValue(),
    ]);
    const drafts: RegisterDraft[] = [];
    const next: Record<string, string> = {};
    for (const curriculum of imported) {
      const hash = curriculumHash(curriculum);
      next[curriculum.id] = hash;
      if (snapshot[curriculum.id] !== hash) drafts.push(...curriculumDrafts(curriculum, registers));
    }
    for (const id of Object.keys(snapshot)) {
      if (!(id in next)) drafts.push(...removalDrafts(id, registers));
    }
    return { drafts, alsoWrite: [{ item: syncedCurriculaStorage, value: next }] };
  });
  return changes.length;
}

/**
 * Writes the curricula the registers hold back into the imported list. A curriculum edited or
 * removed here after the last push is left alone: the next sync sends it. Returns the ids of
 * curricula that could not be read (parts still missing, or not a valid curriculum).
 */
export async function applyRemoteCurricula(): Promise<string[]> {
  const [registers, imported, snapshot] = await Promise.all([
    registersStorage.getValue(),
    importedCurriculaStorage.getValue(),
    syncedCurriculaStorage.getValue(),
  ]);
  const byId = new Map<string, Curriculum>(imported.map((c) => [c.id, c]));
  const next = { ...snapshot };
  const unreadable: string[] = [];
  let changed = false;
  for (const key of Object.keys(registers)) {
    const id = curriculumIdOf(key);
    if (!id) continue;
    const local = byId.get(id);
    const editedHere = local ? snapshot[id] !== curriculumHash(local) : id in snapshot;
    if (editedHere) continue;
    const remote = readCurriculum(id, registers);
    if (remote.kind === 'unreadable') {
      unreadable.push(id);
      console.warn(
        `Readalong: the synced curriculum "${id}" cannot be read yet: ${remote.reason}.`,
      );
      continue;
    }
    if (remote.kind === 'removed') {
      delete next[id];
      if (local) {
        byId.delete(id);
        changed = true;
      }
      continue;
    }
    const hash = curriculumHash(remote.curriculum);
    next[id] = hash;
    if (!local || curriculumHash(local) !== hash) {
      byId.set(id, remote.curriculum);
      changed = true;
    }
  }
  await storage.setItems([
    ...(changed ? [{ item: importedCurriculaStorage, value: [...byId.values()] }] : []),
    { item: syncedCurriculaStorage, value: next },
  ]);
  return unreadable;
}

/** On joining an account: every curriculum imported here counts as new, so it is sent. */
export function forgetCurriculaSnapshot(): Promise<void> {
  return syncedCurriculaStorage.setValue({});
}
