/**
 * The options page's sync section with a self-hosted server: the host permission is asked for
 * first, a refusal stops with a clear message and starts nothing, and once allowed the account
 * is created and the recovery key shown once.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { SyncSection } from '../../extension/entrypoints/options/sections/sync-section';
import { storageFullStorage, syncAccountStorage } from '../../extension/lib/storage';
import { registerSyncSchedule } from '../../extension/lib/sync/sync-schedule';
import { setSyncStatus } from '../../extension/lib/sync/sync-status';
import { answerCallsInProcess } from './support/answer-calls';
import { FakeSyncServer } from './support/fake-sync-server';
import { resetBrowser } from './support/reset-browser';
import { signIn } from './support/sign-in';

/**
 * The background's sync triggers, as in Chrome's service worker, which hears no `online` event:
 * here the page and the background share one `window`, and only the page may hear it.
 */
function registerBackground() {
  const add = window.addEventListener;
  window.addEventListener = ((type: string, ...rest: [EventListener, boolean?]) => {
    if (type !== 'online') add.call(window, type, ...rest);
  }) as typeof add;
  try {
    registerSyncSchedule();
  } finally {
    window.addEventListener = add;
  }
}

let server: FakeSyncServer;
let root: HTMLElement;

const names = () => [...root.querySelectorAll('.sync-devices__name')].map((n) => n.textContent);

const button = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

/** Types into a field; `act` draws the page again before the next step, as a browser would. */
function typeInto(id: string, value: string) {
  const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('options: sync section', () => {
  beforeEach(async () => {
    await resetBrowser();
    server = new FakeSyncServer();
    vi.stubGlobal('fetch', server.fetch);
    registerBackground();
    answerCallsInProcess();
    root = document.createElement('div');
    document.body.append(root);
    render(<SyncSection />, root);
    await vi.waitFor(() => expect(button('Start syncing')).toBeDefined());
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.unstubAllGlobals();
  });

  it('asks for access to a self-hosted server first, and a refusal starts nothing', async () => {
    const request = vi.fn(async () => false);
    fakeBrowser.permissions.request = request;
    typeInto('sync-server', 'https://sync.my-club.org/');
    button('Start syncing').click();
    await vi.waitFor(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toContain(
        'needs your permission to reach sync.my-club.org',
      ),
    );
    expect(request).toHaveBeenCalledWith({ origins: ['https://sync.my-club.org/*'] });
    expect(server.requests).toEqual([]);
    expect(await syncAccountStorage.getValue()).toBeNull();
  });

  it('creates the account once allowed, and shows the recovery key once', async () => {
    fakeBrowser.permissions.request = vi.fn(async () => true);
    typeInto('sync-server', 'https://sync.test');
    typeInto('sync-device-name', 'Firefox at home');
    button('Start syncing').click();
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="recovery-key"]')?.textContent).toBe(
        'RK12-3456-7890-ABCD',
      ),
    );
    expect(await syncAccountStorage.getValue()).toMatchObject({
      serverUrl: 'https://sync.test',
      token: 'token-2',
    });
    expect(server.tokens.get('token-2')).toBe('Firefox at home');
    button('I have saved it').click();
    await vi.waitFor(() => expect(root.querySelector('[data-testid="recovery-key"]')).toBeNull());
    expect(root.textContent).toContain('This browser syncs with https://sync.test');
  });

  it('signs out with a clear message when the stored account cannot be read', async () => {
    await storage.setItem('local:sync-account', { serverUrl: 42 });
    await vi.waitFor(() =>
      expect(root.querySelector('.sync-status__detail')?.textContent).toContain(
        'its sync settings in storage could not be read',
      ),
    );
    expect(button('Start syncing')).toBeDefined();
    expect(await syncAccountStorage.getValue()).toBeNull();
    expect(server.requests).toEqual([]);
  });

  it('before sync was ever on, says it is off without calling it “signed out”', () => {
    expect(root.textContent).toContain('Sync is off');
    expect(root.querySelector('.sync-status')).toBeNull();
  });

  it('shows the browsers as they are when the learner comes back to the page', async () => {
    await signIn(server, 'id-dev-a');
    await vi.waitFor(() => expect(names()).toEqual(['dev-a (this browser)']));
    // Meanwhile, another browser joins with the pairing code shown here.
    server.tokens.set('token-b', 'Laptop');
    window.dispatchEvent(new Event('focus'));
    await vi.waitFor(() => expect(names()).toEqual(['dev-a (this browser)', 'Laptop']));
  });

  it('asks to rename this browser when another in sync has its name, and renames it', async () => {
    const same = 'Chromium on Linux · Heron';
    server.tokens.set('token-a', same).set('token-b', same);
    server.deviceIds.set('token-a', 'dev-a').set('token-b', 'dev-b');
    await signIn(server);
    const prompt = () => root.querySelector('.sync-devices__same-name');
    await vi.waitFor(() =>
      expect(prompt()?.textContent).toContain(`Another browser in sync is also called “${same}”`),
    );
    button(`Call it “${same} (2)”`).click();
    await vi.waitFor(() => expect(names()).toEqual([`${same} (2) (this browser)`, same]));
    expect(server.requests).toContain('PATCH /v1/devices/dev-a');
    expect(prompt()).toBeNull();
  });

  it('lets the learner choose the new name instead', async () => {
    server.tokens.set('token-a', 'Laptop').set('token-b', 'Laptop');
    await signIn(server, 'id-Laptop');
    await vi.waitFor(() => expect(button('Choose a name')).toBeDefined());
    act(() => button('Choose a name').click());
    typeInto('rename-id-Laptop', 'Work laptop');
    act(() => button('Save').click());
    await vi.waitFor(() => expect(names()).toEqual(['Work laptop (this browser)', 'Laptop']));
    expect(root.querySelector('.sync-devices__same-name')).toBeNull();
  });

  it('syncs as soon as the page hears the network is back, while it shows “Offline”', async () => {
    await signIn(server, 'id-dev-a');
    await setSyncStatus('offline', 'You are offline.');
    await vi.waitFor(() =>
      expect(root.querySelector('.sync-status__text')?.textContent).toBe('Offline'),
    );
    const rounds = server.syncRequests.length;
    // The page starts listening just after it has drawn "Offline" (an effect, run after paint):
    // the network "comes back" until the page has heard it.
    await vi.waitFor(() => {
      window.dispatchEvent(new Event('online'));
      expect(root.querySelector('.sync-status__text')?.textContent).toBe('Synced just now');
    });
    expect(server.syncRequests.length).toBeGreaterThan(rounds);
  });

  it('replaces the recovery key only once confirmed, and shows the new one once', async () => {
    await signIn(server, 'id-dev-a');
    const old = server.recoveryKey;
    await vi.waitFor(() => expect(button('Replace recovery key')).toBeDefined());
    const replacing = () => server.requests.filter((r) => r.endsWith('/recovery-key'));
    const openDialog = () => [...root.querySelectorAll('dialog')].find((d) => d.open);

    button('Replace recovery key').click();
    await vi.waitFor(() => expect(openDialog()).toBeDefined());
    expect(openDialog()?.textContent).toContain('Your current key stops working at once');
    button('Cancel').click();
    await vi.waitFor(() => expect(openDialog()).toBeUndefined());
    expect(replacing()).toEqual([]);

    button('Replace recovery key').click();
    await vi.waitFor(() => expect(button('Replace')).toBeDefined());
    button('Replace').click();
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="recovery-key"]')?.textContent).toBe(
        server.recoveryKey,
      ),
    );
    expect(server.recoveryKey).not.toBe(old);
    expect(replacing()).toEqual(['POST /v1/account/recovery-key']);
    expect(root.textContent).toContain('Your old recovery key no longer works.');
    button('I have saved it').click();
    await vi.waitFor(() => expect(root.querySelector('[data-testid="recovery-key"]')).toBeNull());
    expect(root.textContent).not.toContain(server.recoveryKey);
  });

  it('says so when this browser is out of room, even with sync off', async () => {
    await storageFullStorage.setValue({ at: Date.now() });
    await vi.waitFor(() =>
      expect(root.querySelector('.sync-status__text')?.textContent).toBe(
        'This browser is out of room for Readalong’s data.',
      ),
    );
    expect(root.querySelector('.sync-status__detail')?.textContent).toContain(
      'What it saved before is kept',
    );
    // A write that fits again lowers the flag, and the notice goes.
    await storageFullStorage.setValue(null);
    await vi.waitFor(() => expect(root.querySelector('.sync-status')).toBeNull());
  });

  it('says what is wrong with an address before asking for anything', async () => {
    const request = vi.fn(async () => true);
    fakeBrowser.permissions.request = request;
    typeInto('sync-server', 'sync.my-club.org');
    button('Start syncing').click();
    await vi.waitFor(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toContain('is not an address'),
    );
    expect(request).not.toHaveBeenCalled();
  });
});
