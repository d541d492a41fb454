/**
 * A curriculum planted in the account by someone who holds a token (or the recovery key)
 * reaches every browser of the account through sync. What it cannot do there: bring a link
 * that runs script, put HTML into the page, or replace the bundled curriculum.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ChecklistItem } from '../../extension/components/checklist-item';
import { installedCurricula, unreadableCurricula } from '../../extension/lib/curricula';
import { bundledCurricula } from '../../shared/curricula';
import type { Curriculum, Item } from '../../shared/curriculum';
import { formatHlc } from '../../shared/hlc';
import type { Json, Register } from '../../shared/register';

const item = (fields: Partial<Item> = {}): Item => ({
  id: 'a',
  title: 'Chapter 1',
  kind: 'link',
  url: 'https://example.com/chapter-1',
  resourceKey: 'https://example.com/chapter-1',
  ...fields,
});

const curriculum = (id: string, items: Item[]): Curriculum => ({
  id,
  title: 'Planted',
  source: 'sync',
  version: 1,
  sections: [{ id: 's', title: 'Section', items, sections: [] }],
});

/**
 * What a pull from the server leaves in the registers (`c/<id>` holding the curriculum), and
 * what this browser then installs from them: the installed curricula are derived from the
 * registers, and those that do not read as a curriculum are named.
 */
function plant(id: string, value: unknown) {
  const registers: Record<string, Register> = {
    [`c/${id}`]: { value: { curriculum: value as Json }, hlc: formatHlc(1, 0, 'x'), merge: 'lww' },
  };
  const imported = (c: { id: string }) => !bundledCurricula.some((b) => b.id === c.id);
  return {
    unreadable: unreadableCurricula(registers),
    installed: installedCurricula(registers),
    imported: installedCurricula(registers).filter(imported),
  };
}

describe('a curriculum planted through sync', () => {
  it('is not installed when a link is not http(s): javascript:, data:, file:', async () => {
    for (const url of [
      'javascript:alert(document.cookie)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'chrome://settings',
    ]) {
      const { unreadable, imported } = plant('evil', curriculum('evil', [item({ url })]));
      expect([url, unreadable]).toEqual([url, ['evil']]);
      expect(imported).toEqual([]);
    }
  });

  it('is installed with an http(s) link, and its HTML title is shown as text', async () => {
    const title = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const { unreadable, imported } = plant('html', curriculum('html', [item({ title })]));
    expect(unreadable).toEqual([]);
    const [installed] = imported;
    const planted = installed!.sections[0]!.items[0]!;
    const root = document.createElement('div');
    render(
      <ChecklistItem
        entry={{
          item: planted,
          state: { kind: 'not-started' },
          progress: undefined,
          sectionPath: [],
        }}
        onSetStatus={() => {}}
        onReset={() => {}}
      />,
      root,
    );
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('a')?.textContent).toContain(title);
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://example.com/chapter-1');
  });

  it('is named unreadable, not installed, when its value is not shaped like a curriculum', async () => {
    const good = curriculum('bent', [item()]);
    const bent: unknown[] = [
      { ...good, sections: 'none' },
      { ...good, sections: [{ id: 's', title: 'Section', items: [{ id: 'a' }], sections: [] }] },
      { ...good, sections: [{ id: 's', title: 'Section', items: [] }] },
      curriculum('bent', [item({ kind: 'podcast' as Item['kind'] })]),
      curriculum('bent', [item({ durationSeconds: '1h' as unknown as number })]),
      { ...good, id: 'other' },
      'a string',
    ];
    for (const value of bent) {
      const { unreadable, imported } = plant('bent', value);
      expect([value, unreadable, imported]).toEqual([value, ['bent'], []]);
    }
  });

  it('cannot replace the bundled curriculum by taking its id', async () => {
    const bundled = bundledCurricula[0]!;
    const { installed } = plant(
      bundled.id,
      curriculum(bundled.id, [item({ title: 'Go to evil.example' })]),
    );
    expect(installed.filter((c) => c.id === bundled.id)).toEqual([bundled]);
  });
});
