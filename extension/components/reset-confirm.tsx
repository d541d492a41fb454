import { ConfirmDialog } from './confirm-dialog';

/** What the learner asked to reset, waiting for their confirmation. */
export interface ResetRequest {
  scope: 'item' | 'section' | 'everything';
  /** The item's, section's or curriculum's title. */
  title: string;
  /** How many items that is. */
  count: number;
  resourceKeys: string[];
}

const HEADINGS: Record<ResetRequest['scope'], string> = {
  item: 'Reset this item?',
  section: 'Reset this section?',
  everything: 'Reset all progress?',
};

/** The confirmation every reset goes through, in the popup and the side panel alike. */
export function ResetConfirm({
  request,
  onConfirm,
  onCancel,
}: {
  request: ResetRequest | null;
  onConfirm(request: ResetRequest): void;
  onCancel(): void;
}) {
  const what =
    request?.scope === 'item'
      ? `“${request.title}”`
      : `${request?.count === 1 ? 'the 1 item' : `all ${request?.count ?? 0} items`} of “${request?.title ?? ''}”`;
  return (
    <ConfirmDialog
      open={request !== null}
      title={request ? HEADINGS[request.scope] : ''}
      confirmLabel="Reset"
      onConfirm={() => request && onConfirm(request)}
      onCancel={onCancel}
    >
      <p>
        {`This marks ${what} as not started again: opened, done, skipped and watched progress are
        cleared, in every browser you sync with. Your notes are kept.`}
      </p>
      <p>This cannot be undone.</p>
    </ConfirmDialog>
  );
}
