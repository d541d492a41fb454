import { useState } from 'preact/hooks';

/** Copies `text` to the clipboard and says so (or says why it could not). */
export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" class="ra-button" onClick={copy}>
        {label}
      </button>
      <span role="status" class="sync-hint">
        {state === 'copied'
          ? 'Copied.'
          : state === 'failed'
            ? 'Could not copy: select it and copy it by hand.'
            : ''}
      </span>
    </>
  );
}
