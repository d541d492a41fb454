/**
 * Moves what builds before the registers held everything kept beside them (lib/storage.ts,
 * `LEGACY_KEYS`) into the registers, once, through the single writer and under its lock: the
 * imported curricula become `c/<id>` registers and the settings `s/<name>` registers, queued in
 * the outbox so they sync; the snapshot of the curricula as last synced is read to tell what
 * was edited or removed here since (as the sync round of those builds did) and then dropped.
 * Whatever does not read as a curriculum or as settings is set aside in the quarantine, never
 * dropped. A second run finds nothing to move and writes nothing.
 */
import { storage } from 'wxt/utils/storage';
import { type Curriculum, curriculumSchema } from '../../shared/curriculum';
import type { Register } from '../../shared/register';
import { curriculumHeadKey, settingKey } from '../../shared/register-keys';
import { isBundled } from './curricula';
import { curriculumDrafts, curriculumHash, removalDrafts } from './curriculum-registers';
import { type RegisterDraft, writeRegisters } from './progress-writer';
import { clampDoneThreshold, type Settings, settingDrafts } from './settings';
import { LEGACY_KEYS, quarantineStorage } from './storage';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The curricula kept in `local:curricula`, and what of it cannot be read. */
function readLegacyCurricula(stored: unknown) {
  const curricula: Curriculum[] = [];
  const unreadable: Record<string, unknown> = {};
  if (stored === null || stored === undefined) return { curricula, unreadable };
  if (!Array.isArray(stored)) return { curricula, unreadable: { curricula: stored } };
  stored.forEach((entry, n) => {
    const parsed = curriculumSchema.safeParse(entry);
    // An import with a bundled curriculum's id was never shown; it is kept aside all the same.
    if (parsed.success && !isBundled(parsed.data.id)) curricula.push(parsed.data);
    else unreadable[`curricula/${n}`] = entry;
  });
  return { curricula, unreadable };
}

/** The settings kept in `local:settings` (a percent threshold, 90, from version 1 too). */
function readLegacySettings(stored: unknown): Partial<Settings> {
  if (!isObject(stored)) return {};
  const { doneThreshold, autoResume, activeCurriculumId } = stored;
  const settings: Partial<Settings> = {};
  if (typeof doneThreshold === 'number')
    settings.doneThreshold = clampDoneThreshold(
      doneThreshold > 1 ? doneThreshold / 100 : doneThreshold,
    );
  if (typeof autoResume === 'boolean') settings.autoResume = autoResume;
  if (typeof activeCurriculumId === 'string' && activeCurriculumId)
    settings.activeCurriculumId = activeCurriculumId;
  return settings;
}

const present = (registers: Readonly<Record<string, Register>>, key: string) =>
  registers[key] !== undefined && registers[key].value !== null;

export async function migrateStore(): Promise<void> {
  await writeRegisters(async (registers) => {
    const [curriculaValue, settingsValue, snapshotValue] = await Promise.all([
      storage.getItem<unknown>(LEGACY_KEYS.curricula),
      storage.getItem<unknown>(LEGACY_KEYS.settings),
      storage.getItem<unknown>(LEGACY_KEYS.syncedCurricula),
    ]);
    if (curriculaValue === null && settingsValue === null && snapshotValue === null)
      return { drafts: [] };

    const { curricula, unreadable } = readLegacyCurricula(curriculaValue);
    if (settingsValue !== null && !isObject(settingsValue)) unreadable.settings = settingsValue;
    const snapshot = isObject(snapshotValue) ? snapshotValue : {};

    const drafts: RegisterDraft[] = [];
    for (const curriculum of curricula) {
      // Already in the registers as it is here (synced, and not edited since): nothing to do.
      const synced = snapshot[curriculum.id] === curriculumHash(curriculum);
      if (!(synced && present(registers, curriculumHeadKey(curriculum.id))))
        drafts.push(...curriculumDrafts(curriculum, registers));
    }
    const kept = new Set(curricula.map((c) => c.id));
    for (const id of Object.keys(snapshot)) {
      // Removed here after the last sync: the removal goes out now.
      if (!kept.has(id) && present(registers, curriculumHeadKey(id)))
        drafts.push(...removalDrafts(id, registers));
    }
    // A setting another browser already synced here is newer than this browser's old copy.
    const settings = readLegacySettings(settingsValue);
    for (const name of Object.keys(settings) as (keyof Settings)[])
      if (registers[settingKey(name)] !== undefined) delete settings[name];
    drafts.push(...settingDrafts(settings));

    const quarantined = Object.keys(unreadable).length > 0;
    if (quarantined)
      console.warn(
        `Readalong: ${Object.keys(unreadable).length} stored entries that an earlier version kept could not be read; they were set aside in local:quarantine.`,
      );
    return {
      drafts,
      alsoWrite: quarantined
        ? [
            {
              item: quarantineStorage,
              value: { ...(await quarantineStorage.getValue()), ...unreadable },
            },
          ]
        : [],
      remove: Object.values(LEGACY_KEYS),
    };
  });
}
