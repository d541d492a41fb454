import type { ProgressStatus } from '../../../shared/resource-progress';
import { NextUpCard } from '../../components/next-up-card';
import { ProgressBar } from '../../components/progress-bar';
import { type Checklist, type ChecklistEntry, percentFinished } from '../../lib/checklist-model';
import { nextUp } from '../../lib/next-up';
import type { PaceSchedule } from '../../lib/pace/pace-schedule';

export interface ElsewhereViewProps {
  checklist: Checklist;
  schedule: PaceSchedule;
  onSetStatus(resourceKey: string, status: ProgressStatus): void;
  onReset(entry: ChecklistEntry): void;
}

/** Beside any other tab: this week's session (or what is next), and the checklist in brief. */
export function ElsewhereView({ checklist, schedule, onSetStatus, onReset }: ElsewhereViewProps) {
  const next = nextUp(checklist, new Date(), schedule);
  const { totals } = checklist;
  return (
    <>
      <NextUpCard checklist={checklist} next={next} onSetStatus={onSetStatus} onReset={onReset} />
      <section class="panel-section" aria-labelledby="summary-heading">
        <h2 class="panel-section__title" id="summary-heading">
          {checklist.title}
        </h2>
        <p class="summary__overall">
          <strong>{percentFinished(totals)}%</strong> — {totals.done + totals.skipped} of{' '}
          {totals.total} done or skipped
        </p>
        <ProgressBar
          value={totals.done + totals.skipped}
          max={totals.total}
          label="Overall progress"
          size="large"
        />
        <ul class="summary__sections">
          {checklist.sections.map((section) => (
            <li key={section.key} class="summary__section">
              <span class="summary__name">{section.title}</span>
              <span class="summary__count">
                {section.totals.done + section.totals.skipped}/{section.totals.total}
              </span>
              <ProgressBar
                value={section.totals.done + section.totals.skipped}
                max={section.totals.total}
                label={`${section.title} progress`}
              />
            </li>
          ))}
        </ul>
      </section>
      <p class="panel-muted">
        Open a session’s recording to see its card, progress and notes here.
      </p>
    </>
  );
}
