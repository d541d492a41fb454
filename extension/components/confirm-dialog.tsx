import type { ComponentChildren } from 'preact';
import { ModalDialog } from './modal-dialog';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ComponentChildren;
  /** The button that does it: "Reset", "Remove". */
  confirmLabel: string;
  /** Whether the action destroys something (red button). */
  destructive?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before doing something that cannot be undone; Cancel has the focus, so Enter is safe. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  destructive = true,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <ModalDialog
      open={open}
      title={title}
      onClose={onCancel}
      actions={
        <>
          {/* biome-ignore lint/a11y/noAutofocus: a dialog moves focus to its safest button */}
          <button type="button" class="ra-button" autoFocus onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            class={`ra-button ${destructive ? 'ra-button--danger' : 'ra-button--primary'}`}
            onClick={onConfirm}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
    </ModalDialog>
  );
}
