import { ModalDialog } from '../../components/modal-dialog';

/** The privacy note, in full, in the popup (docs/privacy.md says the same at more length). */
export function PrivacyNote({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <ModalDialog
      open={open}
      title="What Readalong records"
      onClose={onClose}
      actions={
        <button type="button" class="ra-button ra-button--primary" onClick={onClose}>
          Close
        </button>
      }
    >
      <p>Only about the items of your installed curricula:</p>
      <ul>
        <li>when you first and last opened an item, and how many times;</li>
        <li>what you ticked as done or skipped;</li>
        <li>
          for curriculum videos on YouTube: the parts you watched, where you stopped, and your
          notes.
        </li>
      </ul>
      <p>
        Any other page you visit is ignored on the spot: its address is never stored, logged or sent
        anywhere. Progress stays in this browser unless you turn on sync, which sends it only to the
        server you choose.
      </p>
    </ModalDialog>
  );
}
