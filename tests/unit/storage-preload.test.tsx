/**
 * A page that preloads its storage items (the popup, the side panel) reads each once, from its
 * first line: a component draws the value as soon as it has arrived (in its first render when
 * it has), and follows every later change.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { popupStateStorage } from '../../extension/lib/storage';
import { preloadStorage } from '../../extension/lib/storage-preload';
import { useStorageValue } from '../../extension/lib/use-storage-value';
import { resetBrowser } from './support/reset-browser';

function OnlyUnfinished() {
  const state = useStorageValue(popupStateStorage);
  return <p>{state === undefined ? 'loading' : String(state.onlyUnfinished)}</p>;
}

describe('a preloaded storage item', () => {
  beforeAll(async () => {
    await resetBrowser();
    await popupStateStorage.setValue({ collapsed: {}, onlyUnfinished: true });
  });

  it('is drawn as it arrives, by the first render once it has, and its changes followed', async () => {
    const early = document.createElement('div');
    const reading = preloadStorage([popupStateStorage]);
    render(<OnlyUnfinished />, early);
    expect(early.textContent).toBe('loading');
    await act(() => reading);
    expect(early.textContent).toBe('true');
    render(null, early);
    // Changed after the read, before the page renders: the first render already has it.
    await popupStateStorage.setValue({ collapsed: {}, onlyUnfinished: false });
    const root = document.createElement('div');
    render(<OnlyUnfinished />, root);
    expect(root.textContent).toBe('false');

    await act(() => popupStateStorage.setValue({ collapsed: {}, onlyUnfinished: true }));
    await vi.waitFor(() => expect(root.textContent).toBe('true'));
    render(null, root);
  });
});
