import type { Curriculum, Item, Section, SessionMeta } from '../../shared/curriculum';
import { isChapterReading } from './chapter-reading';

/** What the side panel shows beside a curriculum video. */
export interface SessionCard {
  curriculumId: string;
  /** The video item itself. */
  video: Item;
  /** The section listing the video (a book-club session, or any other section). */
  sectionTitle: string;
  /** Session number, date, chapter and group, when the video is a book-club session's. */
  session: SessionMeta | null;
  /** The session's slide decks. */
  slides: Item[];
  /** Anything else the session lists (a second recording, a bonus link). */
  others: Item[];
  /** The chapter the session discusses, found by its number elsewhere in the curriculum. */
  readings: Item[];
}

function* sectionsOf(sections: readonly Section[]): Generator<Section> {
  for (const section of sections) {
    yield section;
    yield* sectionsOf(section.sections);
  }
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
 * curricula are given (put the active one first). Null when no curriculum lists it.
 */
export function findSessionCard(
  curricula: readonly Curriculum[],
  resourceKey: string,
): SessionCard | null {
  for (const curriculum of curricula) {
    for (const section of sectionsOf(curriculum.sections)) {
      const video = section.items.find((item) => item.resourceKey === resourceKey);
      if (!video) continue;
      const session = section.session ?? null;
      const rest = section.items.filter((item) => item !== video);
      return {
        curriculumId: curriculum.id,
        video,
        sectionTitle: section.title,
        session,
        slides: rest.filter((item) => item.kind === 'slides'),
        others: rest.filter((item) => item.kind !== 'slides'),
        readings: session?.chapter ? chapterReadings(curriculum, session.chapter) : [],
      };
    }
  }
  return null;
}
