import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import './theme.css';
import './modal-dialog.css';

export interface ModalDialogProps {
  open: boolean;
  title: string;
  /** Called on Escape and by the caller's own buttons; the dialog closes when `open` turns false. */
  onClose(): void;
  children: ComponentChildren;
  /** The buttons, right-aligned under the body. The first focusable one takes focus. */
  actions: ComponentChildren;
}

/**
 * A modal dialog on the native `<dialog>`: focus moves into it and stays there, Escape closes
 * it, focus returns where it was, and screen readers hear its title and body.
 */
export function ModalDialog({ open, title, onClose, children, actions }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  // Opened and closed as soon as the change is drawn, not a frame later: closing hands the
  // focus back to where it was, which must happen before whatever the action changes next
  // (the deleted note, the item reset) can remove that place.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      class="ra-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open ? (
        <>
          <h2 class="ra-dialog__title" id={titleId}>
            {title}
          </h2>
          <div class="ra-dialog__body" id={bodyId}>
            {children}
          </div>
          <div class="ra-dialog__actions">{actions}</div>
        </>
      ) : null}
    </dialog>
  );
}
