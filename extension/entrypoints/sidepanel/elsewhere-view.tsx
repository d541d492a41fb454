import type { ProgressStatus } from '../../../shared/resource-progress';
import { ChecklistItem } from '../../components/checklist-item';
import { ProgressBar } from '../../components/progress-bar';
import {
  allEntries,
  type Checklist,
  type ChecklistEntry,
  percentFinished,
} from '../../lib/checklist-model';
import { nextUp } from '../../lib/next-up';

export interface ElsewhereViewProps {
  checklist: Checklist;
  onSetStatus(resourceKey: string, status: ProgressStatus): void;
  onReset(entry: ChecklistEntry): void;
}

/** Beside any other tab: this week's session (or what is next), and the checklist in brief. */
export function ElsewhereView({ checklist, onSetStatus, onReset }: ElsewhereViewProps) {
  const next = nextUp(checklist, new Date());
  const { totals } = checklist;
  return (
    <>
      {next.kind === 'session' || next.kind === 'item' ? (
        <section class="panel-section" aria-labelledby="next-heading">
          <h2 class="panel-section__title" id="next-heading">
            {next.kind === 'session' && next.reason === 'this-week' ? 'This week' : 'Next up'}
          </h2>
          {next.kind === 'session' ? <p class="card__title">{next.section.title}</p> : null}
          <ul class="card__items">
            {(next.kind === 'session' ? [...allEntries([next.section])] : [next.entry]).map(
              (entry) => (
                <ChecklistItem
                  key={entry.item.id}
                  entry={entry}
                  onSetStatus={onSetStatus}
                  onReset={onReset}
                />
              ),
            )}
          </ul>
        </section>
      ) : null}
      {next.kind === 'all-finished' ? (
        <p class="panel-muted">Everything here is done or skipped. Well done!</p>
      ) : null}
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
