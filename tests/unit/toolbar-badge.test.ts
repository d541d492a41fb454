import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerToolbarBadge } from '../../extension/background/toolbar-badge';
import { setStatus } from '../../extension/lib/progress-actions';
import type { Curriculum } from '../../shared/curriculum';
import { changeSettings, importCurricula } from './support/store';

const curriculum: Curriculum = {
  id: 'four',
  title: 'Four items',
  source: 'test',
  version: 1,
  sections: [
    {
      id: 's',
      title: 'S',
      items: ['a', 'b', 'c', 'd'].map((id) => ({
        id,
        title: id,
        kind: 'reading' as const,
        resourceKey: `manual:four/${id}`,
      })),
      sections: [],
    },
  ],
};

/** The badge once every pending refresh has run. */
async function badge(expected: string) {
  await expect
    .poll(() => fakeBrowser.action.getBadgeText({}), { timeout: 2000, interval: 5 })
    .toBe(expected);
}

describe('toolbar badge', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await importCurricula(curriculum);
    await changeSettings({ activeCurriculumId: 'four' });
  });

  it('is blank until there is progress, then shows the overall progress after each write', async () => {
    registerToolbarBadge();
    await badge('');
    await setStatus(['manual:four/a'], 'done');
    await badge('25%');
    // Skipped items are left out: one done of the two still counted.
    await setStatus(['manual:four/b', 'manual:four/c'], 'skipped');
    await badge('50%');
  });

  it('follows the choice of curriculum', async () => {
    await setStatus(['manual:four/a', 'manual:four/b'], 'done');
    registerToolbarBadge();
    await badge('50%');
    await changeSettings({ activeCurriculumId: 'dmls-bookclub' });
    await badge('');
  });
});
