import { useMemo, useState } from 'preact/hooks';
import type { ProgressStatus } from '../../../shared/resource-progress';
import {
  allEntries,
  type ChecklistEntry,
  type Checklist as ChecklistModel,
  filterChecklist,
  isFilterActive,
} from '../../lib/checklist-model';
import { nextUp } from '../../lib/next-up';
import { type PopupState, popupStateStorage } from '../../lib/storage';
import { ChecklistFilterBar } from './checklist-filter-bar';
import { ChecklistSection } from './checklist-section';
import { NextUpCard } from './next-up-card';
import type { ResetRequest } from './reset-confirm';

/** Popup state writes, one after the other (read, change, write), so quick clicks all land. */
let saving: Promise<void> = Promise.resolve();

export interface ChecklistProps {
  checklist: ChecklistModel;
  popupState: PopupState;
  onSetStatus(resourceKey: string, status: ProgressStatus): void;
  onResetRequest(request: ResetRequest): void;
}

/** Next up, the filter, and the sections of the curriculum. */
export function Checklist({ checklist, popupState, onSetStatus, onResetRequest }: ChecklistProps) {
  const [text, setText] = useState('');
  const filter = { text, onlyUnfinished: popupState.onlyUnfinished };
  const filtering = isFilterActive(filter);
  const shown = useMemo(
    () => filterChecklist(checklist, { text, onlyUnfinished: popupState.onlyUnfinished }),
    [checklist, text, popupState.onlyUnfinished],
  );
  const next = useMemo(() => nextUp(checklist, new Date()), [checklist]);
  const matchCount = useMemo(
    () => (filtering ? [...allEntries(shown.sections)].length : 0),
    [filtering, shown],
  );

  const savePopupState = (change: (current: PopupState) => Partial<PopupState>) => {
    saving = saving
      .then(async () => {
        const current = await popupStateStorage.getValue();
        await popupStateStorage.setValue({ ...current, ...change(current) });
      })
      .catch(() => undefined); // a lost fold state is harmless; the next write goes ahead
  };
  const collapseKey = (sectionKey: string) => `${checklist.curriculumId}:${sectionKey}`;
  const resetItem = (entry: ChecklistEntry) =>
    onResetRequest({
      scope: 'item',
      title: entry.item.title,
      count: 1,
      resourceKeys: [entry.item.resourceKey],
    });

  return (
    <main class="popup__main">
      {/* While the learner searches, the matches come first. */}
      {text.trim() ? null : (
        <NextUpCard next={next} onSetStatus={onSetStatus} onReset={resetItem} />
      )}
      <ChecklistFilterBar
        text={text}
        onText={setText}
        onlyUnfinished={popupState.onlyUnfinished}
        onOnlyUnfinished={(onlyUnfinished) => savePopupState(() => ({ onlyUnfinished }))}
        matchCount={filtering ? matchCount : null}
      />
      <div class="popup__sections">
        {shown.sections.map((section) => (
          <ChecklistSection
            key={section.key}
            section={section}
            isCollapsed={(key, depth) =>
              !filtering && (popupState.collapsed[collapseKey(key)] ?? depth > 0)
            }
            onToggle={(key, collapsed) =>
              savePopupState((current) => ({
                collapsed: { ...current.collapsed, [collapseKey(key)]: collapsed },
              }))
            }
            onSetStatus={onSetStatus}
            onResetItem={resetItem}
            onResetSection={(s, keys) =>
              onResetRequest({
                scope: 'section',
                title: s.title,
                count: s.totals.total,
                resourceKeys: keys,
              })
            }
          />
        ))}
        {filtering && matchCount === 0 ? (
          <p class="popup__empty">No items match this filter.</p>
        ) : null}
      </div>
    </main>
  );
}
