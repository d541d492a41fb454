import type { ProgressStatus } from '../../shared/resource-progress';
import type { ChecklistEntry } from '../lib/checklist-model';
import { ChecklistItem } from './checklist-item';

export interface ChecklistItemListProps {
  entries: readonly ChecklistEntry[];
  /** The list's class: where it sits decides its spacing. */
  class: string;
  onSetStatus(resourceKey: string, status: ProgressStatus): void;
  onReset(entry: ChecklistEntry): void;
  /** Shows each item's section path (for items listed out of their section). */
  withContext?: boolean;
}

/** Items as a list: the popup's sections, "Next up", and the side panel's session card. */
export function ChecklistItemList({
  entries,
  class: className,
  onSetStatus,
  onReset,
  withContext = false,
}: ChecklistItemListProps) {
  return (
    <ul class={className}>
      {entries.map((entry) => (
        <ChecklistItem
          key={entry.item.id}
          entry={entry}
          context={withContext ? entry.sectionPath.join(' › ') : undefined}
          onSetStatus={onSetStatus}
          onReset={onReset}
        />
      ))}
    </ul>
  );
}
