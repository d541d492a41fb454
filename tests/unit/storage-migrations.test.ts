import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../extension/lib/settings';
import { settingsStorage } from '../../extension/lib/storage';

/** What a development build (settings version 1) left in `storage.local`. */
async function storeVersion1(settings: Record<string, unknown>) {
  // @wxt-dev/storage keeps an item's version in a sibling key: `settings$` → `{ v: 1 }`.
  await fakeBrowser.storage.local.set({ settings, settings$: { v: 1 } });
}

describe('settings migrations', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('turns a version 1 percent threshold (90) into a share (0.9), keeping the rest', async () => {
    await storeVersion1({ doneThreshold: 90, autoResume: true, activeCurriculumId: 'mine' });
    await settingsStorage.migrate();
    expect(await settingsStorage.getValue()).toEqual({
      doneThreshold: 0.9,
      autoResume: true,
      activeCurriculumId: 'mine',
    });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 2 } });
  });

  it('fills settings version 1 did not have with their defaults', async () => {
    await storeVersion1({ doneThreshold: 75 });
    await settingsStorage.migrate();
    expect(await settingsStorage.getValue()).toEqual({ ...DEFAULT_SETTINGS, doneThreshold: 0.75 });
  });

  it('keeps a threshold out of range within the range the options page offers', async () => {
    await storeVersion1({ doneThreshold: 20 });
    await settingsStorage.migrate();
    expect((await settingsStorage.getValue()).doneThreshold).toBe(0.5);
  });

  it('replaces a threshold that is not a number with the default', async () => {
    await storeVersion1({ doneThreshold: 'most of it', autoResume: false });
    await settingsStorage.migrate();
    expect(await settingsStorage.getValue()).toEqual({ ...DEFAULT_SETTINGS, autoResume: false });
  });

  it('leaves version 2 settings as they are', async () => {
    const current = { doneThreshold: 0.95, autoResume: true, activeCurriculumId: 'x' };
    await fakeBrowser.storage.local.set({ settings: current, settings$: { v: 2 } });
    await settingsStorage.migrate();
    expect(await settingsStorage.getValue()).toEqual(current);
  });

  it('gives a fresh install the defaults', async () => {
    await settingsStorage.migrate();
    expect(await settingsStorage.getValue()).toEqual(DEFAULT_SETTINGS);
  });
});
