import type { SessionMeta } from '../../shared/curriculum';
import type { ProgressStatus } from '../../shared/resource-progress';
import { allEntries, type ChecklistEntry } from '../lib/checklist-model';
import type { NextUp } from '../lib/next-up';
import { ChecklistItemList } from './checklist-item-list';
import './theme.css';
import './next-up-card.css';

export interface NextUpCardProps {
  next: NextUp;
  onSetStatus(resourceKey: string, status: ProgressStatus): void;
  onReset(entry: ChecklistEntry): void;
}

function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(y!, (m ?? 1) - 1, d ?? 1);
  return date.toLocaleDateString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

/**
 * The session's date in the learner's schedule (saying when it is the club's recording),
 * chapter (unless the title already names it) and presenting group.
 */
function sessionLine(next: Extract<NextUp, { kind: 'session' }>, session: SessionMeta): string {
  const parts: string[] = [];
  if (next.recorded) {
    if (session.date) parts.push(`Recording of ${formatDate(session.date)}`);
  } else {
    if (next.date) parts.push(`Your date: ${formatDate(next.date)}`);
    if (session.date) parts.push(`recorded ${formatDate(session.date)}`);
  }
  const title = next.section.title;
  const named = session.chapterTitle !== undefined && title.includes(session.chapterTitle);
  if (!named && session.chapter !== undefined)
    parts.push(
      `Chapter ${session.chapter}${session.chapterTitle ? `: ${session.chapterTitle}` : ''}`,
    );
  else if (!named && session.chapterTitle) parts.push(session.chapterTitle);
  if (session.group) parts.push(`Group ${session.group}`);
  return parts.join(' · ');
}

/**
 * What to open now: the session the learner's schedule is at, with its slides and video, or
 * the next item. The
 * popup shows it above the checklist, the side panel beside any tab that is not a session.
 */
export function NextUpCard({ next, onSetStatus, onReset }: NextUpCardProps) {
  if (next.kind === 'empty') return null;
  const label =
    next.kind === 'session' && next.reason === 'scheduled' ? 'Current session' : 'Next up';
  return (
    <section class="next-up" aria-labelledby="next-up-heading">
      <h2 class="next-up__label" id="next-up-heading">
        {label}
      </h2>
      {next.kind === 'all-finished' ? (
        <p class="next-up__done">Everything here is done or skipped. Well done!</p>
      ) : next.kind === 'session' ? (
        <>
          <p class="next-up__title">{next.section.title}</p>
          {next.section.session ? (
            <p class="next-up__meta">{sessionLine(next, next.section.session)}</p>
          ) : null}
          <ChecklistItemList
            class="next-up__items"
            entries={[...allEntries([next.section])]}
            onSetStatus={onSetStatus}
            onReset={onReset}
          />
        </>
      ) : (
        <ChecklistItemList
          class="next-up__items"
          entries={[next.entry]}
          withContext
          onSetStatus={onSetStatus}
          onReset={onReset}
        />
      )}
    </section>
  );
}
