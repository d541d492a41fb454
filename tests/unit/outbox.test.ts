/**
 * The outbox: every local change waits there until the server acknowledged it; repeated
 * updates of one register collapse into one entry; acknowledging never drops a newer change.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { setStatus } from '../../extension/lib/progress-actions';
import { writeProgress, writeRegisters } from '../../extension/lib/progress-writer';
import { outboxStorage, registersStorage } from '../../extension/lib/storage';
import { queueAllRegisters, removeAcknowledged } from '../../extension/lib/sync/outbox-ack';
import { progressSubject } from '../../shared/progress-keys';
import { resetBrowser } from './support/reset-browser';

const VIDEO = 'youtube:dQw4w9WgXcQ';
const subject = progressSubject(VIDEO);

function savePosition(seconds: number) {
  return writeProgress(() => [{ key: { field: 'pos', subject }, value: { seconds, at: seconds } }]);
}

describe('outbox', () => {
  beforeEach(resetBrowser);

  it('holds every local change until it is acknowledged', async () => {
    await setStatus(['https://example.com/a', 'https://example.com/b'], 'done');
    const outbox = await outboxStorage.getValue();
    expect(Object.keys(outbox).sort()).toEqual([
      'p/status/https://example.com/a',
      'p/status/https://example.com/b',
    ]);
    expect(outbox['p/status/https://example.com/a']?.value).toBe('done');
  });

  it('collapses repeated position updates of one video into one entry, the latest', async () => {
    for (const seconds of [10, 20, 30, 40, 600]) await savePosition(seconds);
    const outbox = await outboxStorage.getValue();
    expect(Object.keys(outbox)).toEqual([`p/pos/${subject}`]);
    expect(outbox[`p/pos/${subject}`]?.value).toEqual({ seconds: 600, at: 600 });
  });

  it('removes what the server acknowledged, and nothing else', async () => {
    await setStatus(['https://example.com/a', 'https://example.com/b'], 'done');
    const sent = Object.values(await outboxStorage.getValue()).filter((c) => c.key.endsWith('/a'));
    expect(await removeAcknowledged(sent)).toBe(1);
    expect(Object.keys(await outboxStorage.getValue())).toEqual(['p/status/https://example.com/b']);
  });

  it('keeps an entry whose register changed again after it was sent', async () => {
    await savePosition(100);
    const sent = Object.values(await outboxStorage.getValue());
    await savePosition(200);
    expect(await removeAcknowledged(sent)).toBe(0);
    const outbox = await outboxStorage.getValue();
    expect(outbox[`p/pos/${subject}`]?.value).toEqual({ seconds: 200, at: 200 });
  });

  it('loses no write that lands while acknowledged entries are removed', async () => {
    await setStatus(['https://example.com/a'], 'done');
    const sent = Object.values(await outboxStorage.getValue());
    await Promise.all([
      removeAcknowledged(sent),
      setStatus(['https://example.com/c'], 'skipped'),
      savePosition(42),
    ]);
    expect(Object.keys(await outboxStorage.getValue()).sort()).toEqual([
      'p/pos/youtube:dQw4w9WgXcQ',
      'p/status/https://example.com/c',
    ]);
  });

  it('queues other registers (imported curricula) through the same writer and clock', async () => {
    const [, curriculum] = await Promise.all([
      savePosition(10),
      writeRegisters(() => ({
        drafts: [{ key: 'c/course', value: { curriculum: null }, merge: 'lww' }],
      })),
      setStatus(['https://example.com/a'], 'done'),
    ]);
    expect(curriculum).toHaveLength(1);
    const [outbox, registers] = await Promise.all([
      outboxStorage.getValue(),
      registersStorage.getValue(),
    ]);
    expect(Object.keys(outbox).sort()).toEqual([
      'c/course',
      `p/pos/${subject}`,
      'p/status/https://example.com/a',
    ]);
    expect(registers['c/course']).toEqual({
      value: { curriculum: null },
      hlc: outbox['c/course']?.hlc,
      merge: 'lww',
    });
    // One clock: every stamp is distinct, in the order the writes ran.
    const stamps = [`p/pos/${subject}`, 'c/course', 'p/status/https://example.com/a'].map(
      (key) => outbox[key]?.hlc ?? '',
    );
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(3);
  });

  it('queues every register when this browser starts syncing, so nothing stays behind', async () => {
    await setStatus(['https://example.com/a'], 'done');
    await savePosition(300);
    await outboxStorage.setValue({});
    await queueAllRegisters();
    const [outbox, registers] = await Promise.all([
      outboxStorage.getValue(),
      registersStorage.getValue(),
    ]);
    expect(Object.keys(outbox).sort()).toEqual(Object.keys(registers).sort());
    for (const [key, register] of Object.entries(registers)) {
      expect(outbox[key]).toEqual({ key, ...register });
    }
  });
});
