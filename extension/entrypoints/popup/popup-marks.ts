/**
 * Performance marks the popup sets as it opens, read by `npm run bench` (bench/cases/popup-open.ts):
 * its script's first line runs, and the checklist's first rows are painted.
 */
export const POPUP_START_MARK = 'readalong:popup-start';
export const CHECKLIST_PAINTED_MARK = 'readalong:checklist-painted';
