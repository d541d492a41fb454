import type { Curriculum, Item, SessionMeta } from '../../shared/curriculum';
import { isChapterReading } from './chapter-reading';
import { curriculumSessions, sectionsOf } from './curriculum-sessions';
import type { IsoDate } from './local-date';
import type { PaceSchedule } from './pace/pace-schedule';
import { scheduleSessions } from './pace/scheduled-sessions';

/** What the side panel shows beside a curriculum video. */
export interface SessionCard {
  curriculumId: string;
  /** The video item itself. */
  video: Item;
  /** The section listing the video (a book-club session, or any other section). */
  sectionTitle: string;
  /** Session number, date, chapter and group, when the video is a book-club session's. */
  session: SessionMeta | null;
  /**
   * The session's date in the learner's schedule, and whether that is the club's own date (a
   * recording); null outside a session.
   */
  scheduled: { date: IsoDate | null; recorded: boolean } | null;
  /** The session's slide decks. */
  slides: Item[];
  /** Anything else the session lists (a second recording, a bonus link). */
  others: Item[];
  /** The chapter the session discusses, found by its number elsewhere in the curriculum. */
  readings: Item[];
}

/** Items titled "Chapter N…" (or "Ch. N…") outside the session sections. */
function chapterReadings(curriculum: Curriculum, chapter: number): Item[] {
  return [...sectionsOf(curriculum.sections)]
    .filter((section) => !section.session)
    .flatMap((section) => section.items)
    .filter((item) => isChapterReading(item, chapter));
}

/**
 * The card for the video with `resourceKey`: the first listing found, in the order the
 * curricula are given (put the active one first), dated by the schedule `scheduleOf` gives its
 * curriculum. Null when no curriculum lists it.
 */
export function findSessionCard(
  curricula: readonly Curriculum[],
  resourceKey: string,
  scheduleOf: (curriculumId: string) => PaceSchedule,
): SessionCard | null {
  for (const curriculum of curricula) {
    for (const section of sectionsOf(curriculum.sections)) {
      const video = section.items.find((item) => item.resourceKey === resourceKey);
      if (!video) continue;
      const session = section.session ?? null;
      const rest = section.items.filter((item) => item !== video);
      const scheduled = session
        ? scheduleSessions(curriculumSessions(curriculum), scheduleOf(curriculum.id)).find(
            (s) => s.section === section,
          )
        : undefined;
      return {
        curriculumId: curriculum.id,
        video,
        sectionTitle: section.title,
        session,
        scheduled: scheduled ? { date: scheduled.date, recorded: scheduled.recorded } : null,
        slides: rest.filter((item) => item.kind === 'slides'),
        others: rest.filter((item) => item.kind !== 'slides'),
        readings: session?.chapter ? chapterReadings(curriculum, session.chapter) : [],
      };
    }
  }
  return null;
}
