import type { Section } from '../../shared/curriculum';

/** The first section, depth first, with this title; throws when a seed no longer has it. */
export function findSection(sections: readonly Section[], title: string): Section {
  const found = search(sections, title);
  if (!found) throw new Error(`The seeds have no section "${title}" any more.`);
  return found;
}

function search(sections: readonly Section[], title: string): Section | undefined {
  for (const section of sections) {
    if (section.title === title) return section;
    const inner = search(section.sections, title);
    if (inner) return inner;
  }
  return undefined;
}
