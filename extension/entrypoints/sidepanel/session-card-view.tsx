import type { Item, SessionMeta } from '../../../shared/curriculum';
import { itemState } from '../../../shared/item-state';
import { progressSubject } from '../../../shared/progress-keys';
import type { ProgressStatus, ResourceProgress } from '../../../shared/resource-progress';
import { ChecklistItemList } from '../../components/checklist-item-list';
import type { ChecklistEntry } from '../../lib/checklist-model';
import type { SessionCard } from '../../lib/session-card';
import type { TabVideoStatus } from '../../lib/tab-video';
import { NotesSection } from './notes-section';
import { VideoProgressSection } from './video-progress-section';

export interface SessionCardViewProps {
  card: SessionCard;
  progress: ReadonlyMap<string, ResourceProgress>;
  live: Extract<TabVideoStatus, { tracked: true }> | null;
  onSeek(seconds: number): void;
  onSetStatus(resourceKey: string, status: ProgressStatus): void;
  onReset(entry: ChecklistEntry): void;
  onError(message: string | null): void;
}

/** `2024-04-13` → "Saturday, 13 April 2024" in the learner's language (the date as written). */
function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)).toLocaleDateString(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function SessionHeading({
  session,
  scheduled,
  fallback,
}: {
  session: SessionMeta | null;
  scheduled: SessionCard['scheduled'];
  fallback: string;
}) {
  if (!session) return <h2 class="card__title">{fallback}</h2>;
  const own = scheduled && !scheduled.recorded ? scheduled.date : null;
  const chapter =
    session.chapter !== undefined
      ? `Chapter ${session.chapter}${session.chapterTitle ? `: ${session.chapterTitle}` : ''}`
      : (session.chapterTitle ?? fallback);
  return (
    <>
      <p class="card__kicker">
        <span class="card__session">Session {session.number}</span>
        {own ? (
          <span>
            Your date: <time dateTime={own}>{longDate(own)}</time>
          </span>
        ) : null}
        {session.date ? (
          <span>
            {own ? 'recorded' : 'Recording of'}{' '}
            <time dateTime={session.date}>{longDate(session.date)}</time>
          </span>
        ) : null}
      </p>
      <h2 class="card__title">{chapter}</h2>
      {session.group ? <p class="card__group">Presented by group {session.group}</p> : null}
    </>
  );
}

/** The session beside its recording: what it covers, its materials, progress and notes. */
export function SessionCardView({
  card,
  progress,
  live,
  onSeek,
  onSetStatus,
  onReset,
  onError,
}: SessionCardViewProps) {
  const entry = (item: Item): ChecklistEntry => {
    const found = progress.get(progressSubject(item.resourceKey));
    return { item, state: itemState(found), progress: found, sectionPath: [card.sectionTitle] };
  };
  const list = (title: string, items: Item[]) =>
    items.length === 0 ? null : (
      <section class="panel-section" aria-label={title}>
        <h3 class="panel-section__title">{title}</h3>
        <ChecklistItemList
          class="card__items"
          entries={items.map(entry)}
          onSetStatus={onSetStatus}
          onReset={onReset}
        />
      </section>
    );
  const videoProgress = progress.get(progressSubject(card.video.resourceKey));
  return (
    <article class="card" data-resource-key={card.video.resourceKey}>
      <SessionHeading
        session={card.session}
        scheduled={card.scheduled}
        fallback={card.video.title}
      />
      {card.session ? null : <p class="card__group">{card.sectionTitle}</p>}
      <VideoProgressSection progress={videoProgress} live={live} onSeek={onSeek} />
      <ChecklistItemList
        class="card__items"
        entries={[entry(card.video)]}
        onSetStatus={onSetStatus}
        onReset={onReset}
      />
      {list('Slides', card.slides)}
      {list('Reading', card.readings)}
      {list('Also in this session', card.others)}
      <NotesSection
        resourceKey={card.video.resourceKey}
        notes={videoProgress?.notes ?? []}
        currentTime={live?.currentTime ?? null}
        onSeek={live ? onSeek : null}
        onError={onError}
      />
    </article>
  );
}
