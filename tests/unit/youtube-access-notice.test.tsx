/**
 * "Allow Readalong on YouTube": shown only while the host permission is missing (a Firefox MV3
 * install can lack it; any browser lets the learner withdraw it), and it asks for exactly that
 * one origin.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { YouTubeAccessNotice } from '../../extension/components/youtube-access-notice';

let granted: boolean;
let listeners: (() => void)[];
let root: HTMLElement;

const button = () => root.querySelector('button');

describe('YouTube access notice', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    granted = false;
    listeners = [];
    const event = {
      addListener: (listener: () => void) => listeners.push(listener),
      removeListener: () => {},
    };
    Object.assign(fakeBrowser.permissions, {
      contains: vi.fn(async () => granted),
      request: vi.fn(async () => {
        granted = true;
        for (const listener of listeners) listener();
        return true;
      }),
      onAdded: event,
      onRemoved: event,
    });
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('shows nothing while Readalong may run on YouTube', async () => {
    render(<YouTubeAccessNotice from="options" />, root);
    await vi.waitFor(() => expect(button()).not.toBeNull());
    // Allowed in the browser's own menus while the page is open.
    granted = true;
    for (const listener of listeners) listener();
    await vi.waitFor(() => expect(root.textContent).toBe(''));
    expect(fakeBrowser.permissions.contains).toHaveBeenCalledWith({
      origins: ['https://www.youtube.com/*'],
    });
  });

  it('asks for YouTube access from the options page, and says when it is granted', async () => {
    render(<YouTubeAccessNotice from="options" />, root);
    await vi.waitFor(() => expect(button()?.textContent).toBe('Allow Readalong on YouTube'));
    expect(root.textContent).toContain('Readalong is not allowed on YouTube');
    button()!.click();
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({
      origins: ['https://www.youtube.com/*'],
    });
    await vi.waitFor(() =>
      expect(root.querySelector('[role="status"]')?.textContent).toContain(
        'may now follow your videos on YouTube',
      ),
    );
    expect(button()).toBeNull();
  });

  it('says plainly when the learner refuses, and keeps the button', async () => {
    fakeBrowser.permissions.request = vi.fn(async () => false);
    render(<YouTubeAccessNotice from="options" />, root);
    await vi.waitFor(() => expect(button()).not.toBeNull());
    button()!.click();
    await vi.waitFor(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toContain('Not allowed'),
    );
    expect(button()?.textContent).toBe('Allow Readalong on YouTube');
  });

  it('appears when access is withdrawn while the page is open', async () => {
    granted = true;
    render(<YouTubeAccessNotice from="options" />, root);
    // The notice has asked, and been told yes (the answer is read when asked).
    await vi.waitFor(() => expect(fakeBrowser.permissions.contains).toHaveBeenCalled());
    expect(button()).toBeNull();
    granted = false;
    for (const listener of listeners) listener();
    await vi.waitFor(() => expect(button()).not.toBeNull());
  });

  it('sends the learner from the popup to the options page, where the browser can ask', async () => {
    const openOptionsPage = vi.fn(async () => {});
    fakeBrowser.runtime.openOptionsPage = openOptionsPage;
    vi.spyOn(window, 'close').mockImplementation(() => {});
    render(<YouTubeAccessNotice from="popup" />, root);
    await vi.waitFor(() => expect(button()?.textContent).toBe('Allow on YouTube…'));
    button()!.click();
    expect(openOptionsPage).toHaveBeenCalled();
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
  });
});
