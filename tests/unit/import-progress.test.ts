import { beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../extension/lib/call';
import { installedCurricula } from '../../extension/lib/curricula';
import { outboxStorage, registersStorage } from '../../extension/lib/storage';
import { validRegisters } from '../../extension/lib/valid-registers';
import { bundledCurricula } from '../../shared/curricula';
import { importMarkdown } from '../../shared/markdown-import/import-markdown';
import { buildExport } from '../../shared/progress-export/build-export';
import { planImport } from '../../shared/progress-export/plan-import';
import { progressSubject } from '../../shared/progress-keys';
import { deriveProgress } from '../../shared/resource-progress';
import { answerCallsInProcess } from './support/answer-calls';
import { resetBrowser } from './support/reset-browser';

const PAPERS = importMarkdown('# Papers\n\n- [Attention](https://arxiv.org/abs/1706.03762)\n', {});
const registersNow = async () => validRegisters(await registersStorage.getValue()).registers;

describe('importing an export file, and arranging curricula', () => {
  beforeEach(async () => {
    await resetBrowser();
    answerCallsInProcess();
  });

  it('brings ticks and curricula into a fresh browser, and changes nothing the second time', async () => {
    await call('import-curriculum', { curriculum: PAPERS });
    const key = PAPERS.sections[0]!.items[0]!.resourceKey;
    await call('set-status', { resourceKeys: [key], status: 'done' });
    const before = await registersNow();
    const file = buildExport({
      registers: before,
      curricula: installedCurricula(before).filter((c) => c.id === PAPERS.id),
      now: Date.now(),
    });

    await resetBrowser();
    answerCallsInProcess();
    expect((await call('import-progress', { file })).changed).toBeGreaterThan(0);
    const after = await registersNow();
    expect(installedCurricula(after).map((c) => c.id)).toContain(PAPERS.id);
    expect(deriveProgress(after).get(progressSubject(key))?.status).toBe('done');
    // The imported changes go to the sync server like a local write.
    expect(Object.keys(await outboxStorage.getValue())).toContain(Object.keys(file.registers)[0]);

    expect(
      planImport({ registers: after, curricula: installedCurricula(after) }, file).writes,
    ).toEqual({});
    expect((await call('import-progress', { file })).changed).toBe(0);
  });

  it('keeps a newer tick over an older one from the file', async () => {
    await call('import-curriculum', { curriculum: PAPERS });
    const key = PAPERS.sections[0]!.items[0]!.resourceKey;
    await call('set-status', { resourceKeys: [key], status: 'done' });
    const file = buildExport({ registers: await registersNow(), curricula: [], now: Date.now() });
    await call('set-status', { resourceKeys: [key], status: 'none' });
    await call('import-progress', { file });
    expect(deriveProgress(await registersNow()).get(progressSubject(key))?.status).not.toBe('done');
  });

  it('renames and reorders curricula, and a blank title brings back its own', async () => {
    await call('import-curriculum', { curriculum: PAPERS });
    const bundled = bundledCurricula[0]!.id;
    await call('order-curricula', { ids: [PAPERS.id, bundled] });
    await call('rename-curriculum', { id: PAPERS.id, title: '  Reading group  ' });
    let list = installedCurricula(await registersNow());
    expect(list.map((c) => [c.id, c.title])[0]).toEqual([PAPERS.id, 'Reading group']);
    expect(list[1]!.id).toBe(bundled);
    await call('rename-curriculum', { id: PAPERS.id, title: '' });
    list = installedCurricula(await registersNow());
    expect(list[0]!.title).toBe('Papers');
  });
});
