import type { Section } from '../curriculum';

/** Drops sections left without items, at any depth: a heading over prose is not a step. */
export function pruneEmpty(sections: Section[]): Section[] {
  const kept: Section[] = [];
  for (const section of sections) {
    section.sections = pruneEmpty(section.sections);
    if (section.items.length > 0 || section.sections.length > 0) kept.push(section);
  }
  return kept;
}

export function countItems(sections: readonly Section[]): number {
  let count = 0;
  for (const section of sections) count += section.items.length + countItems(section.sections);
  return count;
}
