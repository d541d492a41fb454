import { useEffect, useRef, useState } from 'preact/hooks';
import type { Curriculum } from '../../../shared/curriculum';
import { SidePanelIcon } from '../../components/icons';
import { ProgressBar } from '../../components/progress-bar';
import { SyncStatus } from '../../components/sync-status';
import type { Totals } from '../../lib/checklist-model';
import { messageOf } from '../../lib/message-of';
import { currentWindowId, openSidePanel } from '../../lib/open-side-panel';
import { OVERALL_PROGRESS_DEFINITION, type OverallProgress } from '../../lib/overall-progress';
import { useHeaderHeight } from './use-header-height';

export interface PopupHeaderProps {
  curricula: Curriculum[];
  active: Curriculum | undefined;
  onChoose(id: string): void;
  totals: Totals | undefined;
  overall: OverallProgress | undefined;
  onError(message: string): void;
}

/** The title, the curriculum picker, the side panel button and the overall progress. */
export function PopupHeader(props: PopupHeaderProps) {
  const { curricula, active, onChoose, totals, overall, onError } = props;
  // Looked up now, so the click can open the panel at once (it must, to count as a user action).
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  useEffect(() => {
    currentWindowId().then(setWindowId);
  }, []);
  const finished = totals ? totals.done + totals.skipped : 0;
  const header = useRef<HTMLElement>(null);
  useHeaderHeight(header);
  return (
    <header ref={header} class="popup__header">
      <div class="popup__bar">
        <h1 class="popup__title">Readalong</h1>
        <button
          type="button"
          class="ra-button ra-button--quiet popup__panel-button"
          onClick={() => {
            openSidePanel(windowId).then(
              () => window.close(),
              (e: unknown) => onError(messageOf(e)),
            );
          }}
        >
          <SidePanelIcon />
          Open side panel
        </button>
      </div>
      <div class="popup__sync">
        <SyncStatus hideWhenOff />
      </div>
      {curricula.length > 1 ? (
        <label class="popup__picker">
          <span>Curriculum</span>
          <select
            class="ra-input"
            value={active?.id}
            onChange={(event) => onChoose(event.currentTarget.value)}
          >
            {curricula.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
      ) : active ? (
        <p class="popup__curriculum">{active.title}</p>
      ) : null}
      {totals && overall ? (
        <div class="popup__overall">
          <p class="popup__overall-text">
            {/* The definition: on hover (title), and read out with the number and the bar. */}
            <span class="popup__overall-percent" title={OVERALL_PROGRESS_DEFINITION}>
              <strong>{overall.percent}%</strong> progress
            </span>
            <span class="popup__overall-count">
              {finished} of {totals.total} items finished
              {totals.skipped > 0 ? ` (${totals.skipped} skipped)` : ''}
            </span>
          </p>
          <span id="overall-definition" class="ra-visually-hidden">
            {OVERALL_PROGRESS_DEFINITION}
          </span>
          <ProgressBar
            value={overall.percent}
            max={100}
            label="Overall progress"
            describedBy="overall-definition"
            size="large"
          />
        </div>
      ) : null}
    </header>
  );
}
