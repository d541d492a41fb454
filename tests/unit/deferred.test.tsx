/**
 * A part of a page loaded on demand (components/deferred.tsx): nothing is fetched or drawn
 * before it is wanted; once wanted it is drawn as soon as its code arrives, fetched once for
 * every place it is used; and once drawn it stays mounted, so a dialog can close itself.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deferred } from '../../extension/components/deferred';

let root: HTMLElement;

function Note({ text, open }: { text: string; open: boolean }) {
  return <p data-open={String(open)}>{text}</p>;
}

describe('a deferred component', () => {
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('is fetched only once wanted, then drawn, and stays drawn when no longer wanted', async () => {
    const load = vi.fn(async () => Note);
    const Deferred = deferred(load);
    render(<Deferred when={false} text="Hello" open={false} />, root);
    await Promise.resolve();
    expect(load).not.toHaveBeenCalled();
    expect(root.innerHTML).toBe('');

    render(<Deferred when text="Hello" open />, root);
    await vi.waitFor(() => expect(root.textContent).toBe('Hello'));
    expect(root.querySelector('p')?.dataset.open).toBe('true');

    render(<Deferred when={false} text="Hello" open={false} />, root);
    expect(root.querySelector('p')?.dataset.open).toBe('false');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('is fetched once for every place that wants it, and tried again after a failed fetch', async () => {
    const load = vi
      .fn<() => Promise<typeof Note>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(Note);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const Deferred = deferred(load);
    render(<Deferred when text="A" open />, root);
    await vi.waitFor(() => expect(error).toHaveBeenCalled());
    expect(root.innerHTML).toBe('');

    render(
      <div>
        <Deferred when text="A" open={false} />
        <Deferred when text="B" open={false} />
      </div>,
      root,
    );
    // Two places want it at once: one more fetch (the failed one is forgotten), shared.
    await vi.waitFor(() => expect(root.textContent).toBe('AB'));
    expect(load).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });
});
