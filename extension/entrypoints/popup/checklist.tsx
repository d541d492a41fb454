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
  sectionAncestry,
  sectionResourceKeys,
} from '../../lib/checklist-model';
import { checklistRows } from '../../lib/checklist-rows';
import { filterWords } from '../../lib/fold-text';
import { nextUp } from '../../lib/next-up';
import type { PaceSchedule } from '../../lib/pace/pace-schedule';
import { type PopupState, popupStateStorage } from '../../lib/storage';
import { ChecklistFilterBar } from './checklist-filter-bar';
import { ChecklistSections } from './checklist-sections';
import { ChecklistTools } from './checklist-tools';
import { CHECKLIST_PAINTED_MARK } from './popup-marks';

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

/** Next up, the filter, the tools to find one's way, and the sections of the curriculum. */
export function Checklist(props: ChecklistProps) {
  const { checklist, page, popupState, schedule, onSetStatus, onResetRequest } = props;
  const [text, setText] = useState('');
  const [jumpTo, setJumpTo] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Preact runs effects after the browser has painted: the checklist's first rows are on screen.
  useEffect(() => {
    performance.mark(CHECKLIST_PAINTED_MARK);
  }, []);
  const filter = { text, onlyUnfinished: popupState.onlyUnfinished };
  const filtering = isFilterActive(filter);
  const shown = useMemo(
    () => filterChecklist(checklist, { text, onlyUnfinished: popupState.onlyUnfinished }),
    [checklist, text, popupState.onlyUnfinished],
  );
  const next = useMemo(() => nextUp(checklist, new Date(), schedule), [checklist, schedule]);
  const words = useMemo(() => filterWords(text), [text]);
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
  const rows = useMemo(
    () => checklistRows(shown.sections, (s) => isCollapsed(s.key, s.depth)),
    // What isCollapsed reads.
    [shown, filtering, popupState.collapsed, checklist.curriculumId],
  );
  const sectionList = useMemo(() => [...allSections(shown.sections)], [shown]);
  const foldAll = (collapsed: boolean) => {
    const keys = [...allSections(checklist.sections)].map((s) => collapseKey(s.key));
    savePopupState((current) => ({
      collapsed: { ...current.collapsed, ...Object.fromEntries(keys.map((k) => [k, collapsed])) },
    }));
    setAnnouncement(
      `All ${keys.length} ${keys.length === 1 ? 'section' : 'sections'} ${collapsed ? 'collapsed' : 'expanded'}`,
    );
  };
  const jump = (sectionKey: string) => {
    // The section opens, and every section above it, so its items show.
    const path = sectionAncestry(checklist.sections, sectionKey);
    savePopupState((current) => ({
      collapsed: {
        ...current.collapsed,
        ...Object.fromEntries(path.map((s) => [collapseKey(s.key), false])),
      },
    }));
    setJumpTo(sectionKey);
  };
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
      <ChecklistTools
        sections={sectionList}
        filtering={filtering}
        onFoldAll={foldAll}
        onJump={jump}
        announcement={announcement}
      />
      <ChecklistSections
        rows={rows}
        words={words}
        jumpTo={jumpTo}
        onJumped={(section) => {
          setJumpTo(null);
          // Its head at the place it sticks at: just below the header and the heads above it.
          const head = section.querySelector<HTMLElement>('.ra-section__head');
          const stick = head ? Number.parseFloat(getComputedStyle(head).top) || 0 : 0;
          window.scrollBy(0, section.getBoundingClientRect().top - stick);
          head?.querySelector<HTMLElement>('.ra-section__toggle')?.focus({ preventScroll: true });
        }}
        onToggle={(key, collapsed) =>
          savePopupState((current) => ({
            collapsed: { ...current.collapsed, [collapseKey(key)]: collapsed },
          }))
        }
        onSetStatus={onSetStatus}
        onResetItem={resetItem}
        onResetSection={(key) => {
          // The whole section, not just what a filter shows of it.
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
      {filtering && matchCount === 0 ? (
        <p class="popup__empty">No items match this filter.</p>
      ) : null}
    </main>
  );
}
