import type { Curriculum, Item, Section } from '../../../shared/curriculum';

/** An imported reading list of `sections` × `perSection` items, each section holding a sub-section. */
export function bigCurriculum(sections = 50, perSection = 20): Curriculum {
  const list: Section[] = [];
  for (let s = 0; s < sections; s++) {
    const items: Item[] = [];
    for (let i = 0; i < perSection; i++) {
      const id = `w${s}-i${i}`;
      items.push({
        id,
        title: `Reading ${i} of week ${s}`,
        kind: 'reading',
        url: `https://example.com/${id}`,
        resourceKey: `example.com/${id}`,
      });
    }
    const half = Math.ceil(perSection / 2);
    list.push({
      id: `week-${s}`,
      title: `Week ${s}`,
      items: items.slice(0, half),
      sections: [{ id: 'more', title: 'More', items: items.slice(half), sections: [] }],
    });
  }
  return { id: 'big', title: 'A big list', source: 'big.md', version: 1, sections: list };
}
