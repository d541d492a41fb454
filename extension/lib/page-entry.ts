import type { Curriculum } from '../../shared/curriculum';
import type { ResourceProgress } from '../../shared/resource-progress';
import { allEntries, buildChecklist, type Checklist, type ChecklistEntry } from './checklist-model';

/**
 * The checklist entry of the page a tab shows (its resource keys, as navigation tracking
 * matched them): looked for in the active curriculum's checklist first, then in the other
 * curricula; null when the page is no item of any.
 */
export function pageEntry(
  resourceKeys: readonly string[] | undefined,
  active: Checklist | undefined,
  curricula: readonly Curriculum[],
  progress: ReadonlyMap<string, ResourceProgress>,
): ChecklistEntry | null {
  if (!resourceKeys?.length) return null;
  const keys = new Set(resourceKeys);
  const find = (checklist: Checklist) => {
    for (const entry of allEntries(checklist.sections))
      if (keys.has(entry.item.resourceKey)) return entry;
    return null;
  };
  const inActive = active && find(active);
  if (inActive) return inActive;
  for (const curriculum of curricula) {
    if (curriculum.id === active?.curriculumId) continue;
    const found = find(buildChecklist(curriculum, progress));
    if (found) return found;
  }
  return null;
}
