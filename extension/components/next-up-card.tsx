import { useRef, useState } from 'preact/hooks';
import type { SessionMeta } from '../../shared/curriculum';
import type { ProgressStatus } from '../../shared/resource-progress';
import { allEntries, type Checklist, type ChecklistEntry } from '../lib/checklist-model';
import type { NextUp } from '../lib/next-up';
import { ChecklistItemList } from './checklist-item-list';
import { useSteadyNextUp } from './use-steady-next-up';
import './theme.css';
import './next-up-card.css';

export interface NextUpCardProps {
  /** The checklist `next` was chosen from (a finished "Next up" is held with its new states). */
  checklist: Checklist;
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

/** What a "Next up" is called, for the announcement of a new one. */
function nextUpName(next: NextUp): string {
  switch (next.kind) {
    case 'session':
      return next.section.title;
    case 'item':
      return next.entry.item.title;
    case 'all-finished':
      return 'everything here is done or skipped';
    case 'empty':
      return 'nothing';
  }
}

/**
 * What to open now: the session the learner's schedule is at, with its slides and video, or
 * the next item. The
 * popup shows it above the checklist, the side panel beside any tab that is not a session.
 *
 * It holds still: once what it shows is finished it stays, saying what comes next, until the
 * learner leaves the card or a moment has passed (`useSteadyNextUp`); then the next one comes
 * in, is announced (a live region), and the focus, if it was in the card, goes to its heading.
 */
export function NextUpCard({ checklist, next: latest, onSetStatus, onReset }: NextUpCardProps) {
  const card = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusInside = useRef(false);
  const [announcement, setAnnouncement] = useState('');
  const {
    shown: next,
    coming,
    release,
  } = useSteadyNextUp(checklist, latest, (now) => {
    setAnnouncement(`Next up: ${nextUpName(now)}`);
    const active = document.activeElement;
    if (
      focusInside.current &&
      (!active || active === document.body || card.current?.contains(active))
    )
      heading.current?.focus();
  });
  if (next.kind === 'empty') return null;
  const label =
    next.kind === 'session' && next.reason === 'scheduled' ? 'Current session' : 'Next up';
  return (
    <section
      ref={card}
      class="next-up"
      aria-labelledby="next-up-heading"
      onMouseLeave={() => {
        if (coming) release();
      }}
      onFocusIn={() => {
        focusInside.current = true;
      }}
      onFocusOut={(event) => {
        const to = event.relatedTarget as Node | null;
        // Null: the focused control went away (or the window lost focus): still "in" the card.
        if (to && !card.current?.contains(to)) {
          focusInside.current = false;
          if (coming) release();
        }
      }}
    >
      <h2 ref={heading} tabIndex={-1} class="next-up__label" id="next-up-heading">
        {label}
      </h2>
      <p class="ra-visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {coming ? (
        <p class="next-up__coming">
          {coming.kind === 'all-finished' || coming.kind === 'empty'
            ? 'Finished. That was the last one.'
            : `Finished. Next: ${nextUpName(coming)}, in a moment.`}
        </p>
      ) : null}
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
