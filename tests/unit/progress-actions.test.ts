import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordOpened, resetProgress, setStatus } from '../../extension/lib/progress-actions';
import {
  deviceIdStorage,
  outboxStorage,
  quarantineStorage,
  registersStorage,
} from '../../extension/lib/storage';
import { progressSubject } from '../../shared/progress-keys';
import { deriveProgress } from '../../shared/resource-progress';

const SLIDES = 'github.com/o/r/blob/main/slides/a.pdf';
const VIDEO = 'youtube:abc';

async function progressOf(resourceKey: string) {
  return deriveProgress(await registersStorage.getValue()).get(progressSubject(resourceKey));
}

describe('progress actions through the writer', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_700_000_000_000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('records opens: first and last time, and how many times', async () => {
    await recordOpened(SLIDES);
    vi.setSystemTime(1_700_000_060_000);
    await recordOpened(SLIDES);
    expect(await progressOf(SLIDES)).toMatchObject({
      firstOpened: 1_700_000_000_000,
      lastOpened: 1_700_000_060_000,
      openCount: 2,
      status: 'none',
    });
  });

  it('ticks, skips and unticks', async () => {
    await setStatus([SLIDES, VIDEO], 'done');
    expect((await progressOf(SLIDES))?.status).toBe('done');
    expect((await progressOf(VIDEO))?.status).toBe('done');
    await setStatus([VIDEO], 'skipped');
    expect((await progressOf(VIDEO))?.status).toBe('skipped');
    await setStatus([SLIDES], 'none');
    expect((await progressOf(SLIDES))?.status).toBe('none');
  });

  it('writes nothing when the status is already the one asked for', async () => {
    await setStatus([SLIDES], 'done');
    expect(await setStatus([SLIDES], 'done')).toEqual([]);
  });

  it('queues this browser’s changes, and only them, in the outbox (fresh installs start empty)', async () => {
    await recordOpened(SLIDES);
    await setStatus([SLIDES], 'done');
    const outbox = await outboxStorage.getValue();
    const device = await deviceIdStorage.getValue();
    expect(Object.keys(outbox).sort()).toEqual(
      [
        `p/first/0/${SLIDES}`,
        `p/last/${SLIDES}`,
        `p/opens/0/${device}/${SLIDES}`,
        `p/status/${SLIDES}`,
      ].sort(),
    );
  });

  it('resets to not started, keeps notes, and counts opens afresh afterwards', async () => {
    await recordOpened(VIDEO);
    await recordOpened(VIDEO);
    await setStatus([VIDEO], 'done');
    const registers = await registersStorage.getValue();
    registers[`p/note/n1/${VIDEO}`] = {
      value: { seconds: 12, text: 'key idea', at: 1 },
      hlc: '000000000000001-000000-x',
      merge: 'lww',
    };
    await registersStorage.setValue(registers);

    vi.setSystemTime(1_700_000_100_000);
    await resetProgress([VIDEO]);
    const reset = await progressOf(VIDEO);
    expect(reset).toMatchObject({
      status: 'none',
      openCount: 0,
      firstOpened: null,
      lastOpened: null,
    });
    expect(reset?.notes.map((n) => n.text)).toEqual(['key idea']);

    vi.setSystemTime(1_700_000_200_000);
    await recordOpened(VIDEO);
    expect(await progressOf(VIDEO)).toMatchObject({ openCount: 1, firstOpened: 1_700_000_200_000 });
  });

  it('makes each action durable in ONE storage write (registers, outbox and clock together)', async () => {
    await deviceIdStorage.getValue(); // the device id is made once, on first use
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await recordOpened(SLIDES);
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]![0]).sort()).toEqual(['clock', 'outbox', 'registers']);
    set.mockClear();
    await resetProgress([SLIDES]);
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('never loses a change to a race: concurrent actions all land', async () => {
    await Promise.all([
      recordOpened(SLIDES),
      recordOpened(SLIDES),
      recordOpened(SLIDES),
      setStatus([VIDEO], 'done'),
    ]);
    expect((await progressOf(SLIDES))?.openCount).toBe(3);
    expect((await progressOf(VIDEO))?.status).toBe('done');
  });

  it('sets unreadable entries aside instead of losing them, and keeps the rest', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await setStatus([SLIDES], 'done');
    const stored = await registersStorage.getValue();
    await fakeBrowser.storage.local.set({
      registers: { ...stored, [`p/status/${VIDEO}`]: 'done', broken: 42 },
    });

    await recordOpened(VIDEO);

    expect(await quarantineStorage.getValue()).toEqual({
      [`p/status/${VIDEO}`]: 'done',
      broken: 42,
    });
    expect((await progressOf(SLIDES))?.status).toBe('done');
    expect((await progressOf(VIDEO))?.openCount).toBe(1);
  });
});
