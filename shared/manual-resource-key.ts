/** The resource key of an item with no URL: it belongs to its curriculum alone. */
export function manualResourceKey(curriculumId: string, itemId: string): string {
  return `manual:${curriculumId}/${itemId}`;
}
