import type { Curriculum, Section } from '../../shared/curriculum';

export function* sectionsOf(sections: readonly Section[]): Generator<Section> {
  for (const section of sections) {
    yield section;
    yield* sectionsOf(section.sections);
  }
}

const hasItems = (section: Section): boolean =>
  section.items.length > 0 || section.sections.some(hasItems);

/**
 * A curriculum's sessions (sections with session metadata and items), in order: the same
 * sections `sessionsOf` (next-up.ts) finds in its checklist. Empty for a curriculum without.
 */
export const curriculumSessions = (curriculum: Curriculum): Section[] =>
  [...sectionsOf(curriculum.sections)].filter((s) => s.session !== undefined && hasItems(s));
