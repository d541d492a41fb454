import type { ItemKind } from '../../shared/curriculum';

const LABELS: Record<ItemKind, string> = {
  video: 'Video',
  slides: 'Slides',
  reading: 'Reading',
  chapter: 'Chapter',
  book: 'Book',
  course: 'Course',
  paper: 'Paper',
  blog: 'Blog post',
  repo: 'Repository',
  conference: 'Conference',
  'case-study': 'Case study',
  link: 'Link',
};

/** How an item's kind reads in the checklist: "Slides", "Case study". */
export function kindLabel(kind: ItemKind): string {
  return LABELS[kind];
}
