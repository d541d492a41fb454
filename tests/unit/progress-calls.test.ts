import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registersStorage } from '../../extension/lib/storage';
import { deriveProgress } from '../../shared/resource-progress';
import { answerBackgroundCalls } from './support/answer-calls';

/** Sends a call as an extension page would, and waits for the background's reply. */
function call(name: string, request: unknown) {
  return new Promise<unknown>((resolve) => {
    // The fake's typing leaves out `sendResponse`, which the real event passes third.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => unknown;
    trigger({ readalong: name, request }, {}, resolve);
  });
}

const statusOf = async (key: string) =>
  deriveProgress(await registersStorage.getValue()).get(key)?.status ?? 'none';

describe('progress calls', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    answerBackgroundCalls();
  });

  it('ticks, skips and unticks resources', async () => {
    expect(await call('set-status', { resourceKeys: ['a.example/x'], status: 'done' })).toEqual({
      ok: true,
    });
    expect(await statusOf('a.example/x')).toBe('done');
    await call('set-status', { resourceKeys: ['a.example/x'], status: 'skipped' });
    expect(await statusOf('a.example/x')).toBe('skipped');
    await call('set-status', { resourceKeys: ['a.example/x'], status: 'none' });
    expect(await statusOf('a.example/x')).toBe('none');
  });

  it('resets resources', async () => {
    await call('set-status', { resourceKeys: ['a', 'b'], status: 'done' });
    await call('reset', { resourceKeys: ['a'] });
    expect(await statusOf('a')).toBe('none');
    expect(await statusOf('b')).toBe('done');
  });

  it('refuses bad requests with a clear message, and writes nothing', async () => {
    expect(await call('set-status', { resourceKeys: ['a'], status: 'finished' })).toEqual({
      ok: false,
      error: 'Bad set-status request: status must be "none", "done" or "skipped" (at status)',
    });
    expect(await call('reset', { resourceKeys: [] })).toEqual({
      ok: false,
      error:
        'Bad reset request: resourceKeys is empty: name at least one resource (at resourceKeys)',
    });
    expect(await call('reset', {})).toMatchObject({ ok: false });
    expect(await registersStorage.getValue()).toEqual({});
  });
});
