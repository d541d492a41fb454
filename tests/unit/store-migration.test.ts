/**
 * A profile written by the build before the registers held everything (its `storage.local`,
 * tests/fixtures/storage-local-before-registers.json) opens in this build with its curricula,
 * settings and progress, nothing of it lost, and the moved curricula and settings queued to
 * sync.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsFrom } from '../../extension/lib/settings';
import { outboxStorage, quarantineStorage, registersStorage } from '../../extension/lib/storage';
import { migrateStore } from '../../extension/lib/store-migration';
import { validRegisters } from '../../extension/lib/valid-registers';
import { deriveProgress } from '../../shared/resource-progress';
import { resetBrowser } from './support/reset-browser';
import { changeSettings, importedCurricula } from './support/store';

const FIXTURE = resolve(process.cwd(), 'tests/fixtures/storage-local-before-registers.json');
const beforeRegisters = (): Record<string, unknown> => JSON.parse(readFileSync(FIXTURE, 'utf8'));

const registers = async () => validRegisters(await registersStorage.getValue()).registers;

describe('moving a profile of the previous build into the registers', () => {
  beforeEach(async () => {
    await resetBrowser();
    await fakeBrowser.storage.local.set(beforeRegisters());
  });

  it('keeps its curricula, settings and progress, and drops what sat beside the registers', async () => {
    await migrateStore();
    // `old-list` was removed there after its last sync; `weekend-reading` imported since.
    expect((await importedCurricula()).map((c) => c.id)).toEqual([
      'papers-to-read',
      'weekend-reading',
    ]);
    expect(settingsFrom(await registers())).toEqual({
      doneThreshold: 0.75,
      autoResume: true,
      activeCurriculumId: 'papers-to-read',
    });
    expect(deriveProgress(await registers()).get('arxiv.org/abs/1706.03762')?.status).toBe('done');
    const left = await fakeBrowser.storage.local.get();
    for (const key of ['curricula', 'settings', 'sync-curricula', 'settings$'])
      expect(left).not.toHaveProperty(key);
    expect(await quarantineStorage.getValue()).toEqual({});
  });

  it('queues what it moved, so the other browsers get it', async () => {
    await migrateStore();
    const outbox = await outboxStorage.getValue();
    expect(outbox['c/weekend-reading']?.value).toMatchObject({
      curriculum: { id: 'weekend-reading' },
    });
    expect(outbox['c/old-list']?.value).toBeNull();
    expect(outbox['s/doneThreshold']?.value).toBe(0.75);
    expect(outbox['s/activeCurriculumId']?.value).toBe('papers-to-read');
  });

  it('finds nothing to do the second time', async () => {
    await migrateStore();
    const once = await fakeBrowser.storage.local.get();
    await migrateStore();
    expect(await fakeBrowser.storage.local.get()).toEqual(once);
  });

  it('keeps a setting another browser already synced here', async () => {
    await changeSettings({ activeCurriculumId: 'weekend-reading' });
    await migrateStore();
    expect(settingsFrom(await registers()).activeCurriculumId).toBe('weekend-reading');
    expect(settingsFrom(await registers()).doneThreshold).toBe(0.75);
  });

  it('sets aside what does not read, and moves the rest', async () => {
    const profile = beforeRegisters();
    const curricula = profile.curricula as unknown[];
    await fakeBrowser.storage.local.set({
      curricula: [{ id: 'half', title: 'Half a curriculum' }, ...curricula],
      settings: 'not settings',
    });
    await migrateStore();
    expect(await quarantineStorage.getValue()).toEqual({
      'curricula/0': { id: 'half', title: 'Half a curriculum' },
      settings: 'not settings',
    });
    expect((await importedCurricula()).map((c) => c.id)).toEqual([
      'papers-to-read',
      'weekend-reading',
    ]);
  });

  it('reads a threshold a development build stored as a percent', async () => {
    await fakeBrowser.storage.local.set({
      settings: { doneThreshold: 90, autoResume: false, activeCurriculumId: 'mine' },
      settings$: { v: 1 },
    });
    await migrateStore();
    expect(settingsFrom(await registers())).toEqual({
      doneThreshold: 0.9,
      autoResume: false,
      activeCurriculumId: 'mine',
    });
  });
});
