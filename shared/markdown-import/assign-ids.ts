import { type Curriculum, manualResourceKey, type Section } from '../curriculum';
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
 * - an item with a URL is keyed by `resourceKey(url)`, one without by
 *   `manual:<curriculumId>/<itemId>`.
 * Rewrites the ids in place (call it again after retitling) and returns the curriculum.
 */
export function assignIds<C extends Pick<Curriculum, 'id' | 'sections'>>(curriculum: C): C {
  const sectionIds = new Set<string>();
  const itemIds = new Set<string>();
  const visit = (section: Section): void => {
    section.id = unique(slug(section.title) || 'section', sectionIds);
    for (const item of section.items) {
      item.id = unique(`${section.id}-${slug(item.title) || 'item'}`, itemIds);
      if (item.url === undefined) {
        item.resourceKey = manualResourceKey(curriculum.id, item.id);
      } else {
        const key = resourceKey(item.url);
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

function unique(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}
