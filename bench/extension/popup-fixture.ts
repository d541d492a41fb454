/**
 * What the popup of `npm run bench` opens on: an imported 1,000-item curriculum (50 weeks,
 * each with a sub-section; a video every fifth item) and progress on half of its items (opened
 * on two devices, some done or skipped, videos part watched), as registers, with the
 * curriculum itself and the setting that makes it the active one.
 */
import { curriculumDrafts } from '../../extension/lib/curriculum-registers';
import { settingDrafts } from '../../extension/lib/settings';
import type { Curriculum, Item, Section } from '../../shared/curriculum';
import { formatHlc } from '../../shared/hlc';
import { encodeProgressKey, PROGRESS_MERGE, type ProgressKey } from '../../shared/progress-keys';
import type { Json, Register } from '../../shared/register';

const SECTIONS = 50;
const ITEMS_PER_SECTION = 20;

export function bigCurriculum(): Curriculum {
  const sections: Section[] = [];
  for (let s = 0; s < SECTIONS; s++) {
    const items: Item[] = [];
    for (let i = 0; i < ITEMS_PER_SECTION; i++) {
      const id = `s${s}-i${i}`;
      const video = i % 5 === 0;
      items.push({
        id,
        title: `Item ${i} of week ${s}: a reasonably long title about machine learning systems`,
        kind: video ? 'video' : 'reading',
        url: video ? `https://www.youtube.com/watch?v=vid${id}` : `https://example.com/${id}`,
        resourceKey: video ? `youtube:vid${id}` : `example.com/${id}`,
      });
    }
    sections.push({
      id: `week-${s}`,
      title: `Week ${s}`,
      items: items.slice(0, 10),
      sections: [{ id: 'more', title: 'More reading', items: items.slice(10), sections: [] }],
      session: { number: s + 1, date: `2024-${String((s % 12) + 1).padStart(2, '0')}-15` },
    });
  }
  return { id: 'big', title: 'Big', source: 'bench', version: 1, sections };
}

export function progressRegisters(curriculum: Curriculum): Record<string, Register> {
  const registers: Record<string, Register> = {};
  let tick = 0;
  const put = (key: ProgressKey, value: Json) => {
    registers[encodeProgressKey(key)] = {
      value,
      hlc: formatHlc(1_700_000_000_000, tick++, 'dev'),
      merge: PROGRESS_MERGE[key.field],
    };
  };
  let n = 0;
  for (const section of curriculum.sections) {
    for (const item of [...section.items, ...section.sections.flatMap((s) => s.items)]) {
      if (n++ % 2) continue;
      const subject = item.resourceKey;
      put({ field: 'first', epoch: 0, subject }, 1);
      put({ field: 'last', subject }, 2);
      put({ field: 'opens', epoch: 0, device: 'laptop', subject }, 3);
      put({ field: 'opens', epoch: 0, device: 'desktop', subject }, 1);
      if (n % 3 === 0) put({ field: 'status', subject }, n % 9 === 0 ? 'skipped' : 'done');
      if (item.kind === 'video') {
        put({ field: 'len', epoch: 0, subject }, 3600);
        put({ field: 'iv', epoch: 0, device: 'laptop', subject }, [
          [0, 600],
          [900, 1200],
        ]);
        put({ field: 'iv', epoch: 0, device: 'desktop', subject }, [[500, 1000]]);
      }
    }
  }
  return registers;
}

/**
 * Everything the popup reads, as the registers in storage: the progress, the curriculum (kept
 * in registers as an import is) and the setting that makes it the active one.
 */
export function popupRegisters(curriculum: Curriculum): Record<string, Register> {
  const registers = progressRegisters(curriculum);
  const drafts = [
    ...curriculumDrafts(curriculum, registers),
    ...settingDrafts({ activeCurriculumId: curriculum.id }),
  ];
  for (const draft of drafts) {
    registers[draft.key] = {
      value: draft.value,
      hlc: formatHlc(1_700_000_000_000, 0, 'dev'),
      merge: draft.merge,
    };
  }
  return registers;
}
