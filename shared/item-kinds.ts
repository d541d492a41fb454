/** What an item is, as a curriculum names it (`kind`); the popup labels and icons follow it. */
export const ITEM_KINDS = [
  'video',
  'slides',
  'reading',
  'chapter',
  'book',
  'course',
  'paper',
  'blog',
  'repo',
  'conference',
  'case-study',
  'link',
] as const;
