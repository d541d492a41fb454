import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ProgressStatus } from '../../../shared/resource-progress';
import { CurrentPageCard } from '../../components/current-page-card';
import { NextUpCard } from '../../components/next-up-card';
import type { ResetRequest } from '../../components/reset-confirm';
import {
  allEntries,
  allSections,
  type ChecklistEntry,
  type Checklist as ChecklistModel,
  filterChecklist,
  isFilterActive,
  sectionResourceKeys,
} from '../../lib/checklist-model';
import { firstRows } from '../../lib/first-rows';
import { nextUp } from '../../lib/next-up';
import type { PaceSchedule } from '../../lib/pace/pace-schedule';
import { type PopupState, popupStateStorage } from '../../lib/storage';
import { ChecklistFilterBar } from './checklist-filter-bar';
import { ChecklistSection } from './checklist-section';
import { CHECKLIST_PAINTED_MARK } from './popup-marks';

/** Item rows in the first paint: more than a popup shows; the rest follow right after. */
export const FIRST_PAINT_ROWS = 60;

/** Popup state writes, one after the other (read, change, write), so quick clicks all land. */
let saving: Promise<void> = Promise.resolve();

export interface ChecklistProps {
  checklist: ChecklistModel;
  /** The item the active tab shows, if it is one. */
  page: ChecklistEntry | null;
  popupState: PopupState;
  /** The schedule the learner follows this curriculum's sessions at. */
  schedule: PaceSchedule;
  onSetStatus(resourceKey: string, status: ProgressStatus): void;
  onResetRequest(request: ResetRequest): void;
}

/** Next up, the filter, and the sections of the curriculum. */
export function Checklist(props: ChecklistProps) {
  const { checklist, page, popupState, schedule, onSetStatus, onResetRequest } = props;
  const [text, setText] = useState('');
  // Preact runs effects after the browser has painted: the first paint holds the first rows
  // only, so a long curriculum shows as fast as a short one, and the rest is drawn next.
  const [allRows, setAllRows] = useState(false);
  useEffect(() => {
    performance.mark(CHECKLIST_PAINTED_MARK);
    setAllRows(true);
  }, []);
  const filter = { text, onlyUnfinished: popupState.onlyUnfinished };
  const filtering = isFilterActive(filter);
  const shown = useMemo(
    () => filterChecklist(checklist, { text, onlyUnfinished: popupState.onlyUnfinished }),
    [checklist, text, popupState.onlyUnfinished],
  );
  const next = useMemo(() => nextUp(checklist, new Date(), schedule), [checklist, schedule]);
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
  const isCollapsed = (sectionKey: string, depth: number) =>
    !filtering && (popupState.collapsed[collapseKey(sectionKey)] ?? depth > 0);
  const drawn = allRows
    ? shown.sections
    : firstRows(shown.sections, FIRST_PAINT_ROWS, (s) => isCollapsed(s.key, s.depth));
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
        <>
          {page ? (
            <CurrentPageCard entry={page} onSetStatus={onSetStatus} onReset={resetItem} />
          ) : null}
          <NextUpCard
            checklist={checklist}
            next={next}
            onSetStatus={onSetStatus}
            onReset={resetItem}
          />
        </>
      )}
      <ChecklistFilterBar
        text={text}
        onText={setText}
        onlyUnfinished={popupState.onlyUnfinished}
        onOnlyUnfinished={(onlyUnfinished) => savePopupState(() => ({ onlyUnfinished }))}
        matchCount={filtering ? matchCount : null}
      />
      <div class="popup__sections">
        {drawn.map((section) => (
          <ChecklistSection
            key={section.key}
            section={section}
            isCollapsed={isCollapsed}
            onToggle={(key, collapsed) =>
              savePopupState((current) => ({
                collapsed: { ...current.collapsed, [collapseKey(key)]: collapsed },
              }))
            }
            onSetStatus={onSetStatus}
            onResetItem={resetItem}
            onResetSection={(key) => {
              // The whole section, not just what a filter or the first paint shows of it.
              const whole = [...allSections(checklist.sections)].find((s) => s.key === key);
              if (!whole) return;
              onResetRequest({
                scope: 'section',
                title: whole.title,
                count: whole.totals.total,
                resourceKeys: sectionResourceKeys(whole),
              });
            }}
          />
        ))}
        {filtering && matchCount === 0 ? (
          <p class="popup__empty">No items match this filter.</p>
        ) : null}
      </div>
    </main>
  );
}
