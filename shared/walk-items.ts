import type { Curriculum, Item, Section } from './curriculum';

/** Every item of a curriculum, depth first, with the titles of the sections above it. */
export function* walkItems(
  curriculum: Pick<Curriculum, 'sections'>,
): Generator<{ item: Item; path: Section[] }> {
  function* visit(section: Section, path: Section[]): Generator<{ item: Item; path: Section[] }> {
    const here = [...path, section];
    for (const item of section.items) yield { item, path: here };
    for (const child of section.sections) yield* visit(child, here);
  }
  for (const section of curriculum.sections) yield* visit(section, []);
}
