import type { Curriculum, Section } from '../curriculum';
import { manualResourceKey } from '../manual-resource-key';
import { resourceKey } from '../resource-key';
import { CurriculumImportError } from './import-error';
import { slug } from './slug';

/**
 * Names every section and item from its title, in document order, and gives every item its
 * resource key:
 * - a section's id is the slug of its title (`Books` → `books`), numbered when taken
 *   (`books-2`);
 * - an item's id is its section's id and the slug of its title (`books-deep-learning`),
 *   numbered when taken; ids are unique within the curriculum and the same for the same input;
 * - an item with a URL is keyed by `resourceKey(url)` (`keyOf`: the importer hands on the keys
 *   it computed while reading the links), one without by `manual:<curriculumId>/<itemId>`.
 * Rewrites the ids in place (call it again after retitling) and returns the curriculum.
 */
export function assignIds<C extends Pick<Curriculum, 'id' | 'sections'>>(
  curriculum: C,
  keyOf: (url: string) => string | null = resourceKey,
): C {
  const sectionIds = new UniqueIds();
  const itemIds = new UniqueIds();
  const visit = (section: Section): void => {
    section.id = sectionIds.take(slug(section.title) || 'section');
    for (const item of section.items) {
      item.id = itemIds.take(`${section.id}-${slug(item.title) || 'item'}`);
      if (item.url === undefined) {
        item.resourceKey = manualResourceKey(curriculum.id, item.id);
      } else {
        const key = keyOf(item.url);
        if (key === null)
          throw new CurriculumImportError('invalid', `Not a web address: ${item.url}`);
        item.resourceKey = key;
      }
    }
    for (const child of section.sections) visit(child);
  };
  for (const section of curriculum.sections) visit(section);
  return curriculum;
}

/**
 * Hands out `wanted`, else `wanted-2`, `wanted-3`… the first not taken. It remembers where
 * each wanted id's count stopped, so a list of 10,000 entries titled alike costs 10,000 steps,
 * not 50 million.
 */
class UniqueIds {
  private readonly taken = new Set<string>();
  private readonly nextNumber = new Map<string, number>();

  take(wanted: string): string {
    let id = wanted;
    if (this.taken.has(id)) {
      // A count is kept only for ids wanted twice; the others would start at 2 anyway.
      let n = this.nextNumber.get(wanted) ?? 2;
      while (this.taken.has(`${wanted}-${n}`)) n++;
      id = `${wanted}-${n}`;
      this.nextNumber.set(wanted, n + 1);
    }
    this.taken.add(id);
    return id;
  }
}
