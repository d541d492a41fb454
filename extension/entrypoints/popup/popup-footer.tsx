import { useRef, useState } from 'preact/hooks';
import { deferred } from '../../components/deferred';
import { useFocusFallback } from '../../lib/use-focus-fallback';

const PrivacyNote = deferred(() => import('./privacy-note').then((m) => m.PrivacyNote));

/** What is tracked, in one line, and the reset of everything. */
export function PopupFooter({ canReset, onResetAll }: { canReset: boolean; onResetAll(): void }) {
  const [privacyOpen, setPrivacyOpen] = useState(false);
  const privacyButton = useRef<HTMLButtonElement>(null);
  // Once everything is reset, the button goes: the focus moves to its neighbour.
  const resetButton = useFocusFallback<HTMLButtonElement>(privacyButton);
  return (
    <footer class="popup__footer">
      <p class="popup__privacy">
        Readalong records only the curriculum items you open, tick or watch, never other pages.{' '}
        <button
          ref={privacyButton}
          type="button"
          class="popup__link-button"
          onClick={() => setPrivacyOpen(true)}
        >
          Privacy note
        </button>{' '}
        <a href="/stats.html" target="_blank" rel="noreferrer">
          Stats
        </a>{' '}
        <a href="/notes.html" target="_blank" rel="noreferrer">
          Notes
        </a>
      </p>
      {canReset ? (
        <button
          ref={resetButton}
          type="button"
          class="ra-button popup__reset-all"
          onClick={onResetAll}
        >
          Reset everything…
        </button>
      ) : null}
      <PrivacyNote when={privacyOpen} open={privacyOpen} onClose={() => setPrivacyOpen(false)} />
    </footer>
  );
}
