/**
 * The keyboard commands Readalong declares (`commands` in the manifest, written from this by
 * wxt.config.ts), with the shortcut it suggests; the learner can rebind it in the browser's
 * extension shortcuts page. The background answers them (`background/mark-page-done.ts`).
 */
export const MARK_PAGE_DONE = 'mark-page-done';

export const PAGE_COMMANDS = {
  [MARK_PAGE_DONE]: {
    suggested_key: { default: 'Alt+Shift+D' },
    description: 'Mark the curriculum page you are on done',
  },
};
