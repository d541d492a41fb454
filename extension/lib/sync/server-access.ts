import { browser } from 'wxt/browser';
import { messageOf } from '../message-of';
import { defaultServerUrl } from './server-url';

/** The host permission pattern for `serverUrl`'s host, on any port (match patterns have none). */
export function hostPattern(serverUrl: string): string {
  const url = new URL(serverUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/**
 * Asks for access to a self-hosted server (the browser shows its prompt). Call it first thing
 * in a click handler: browsers only show the prompt during a user action. The build's own
 * server needs no prompt: it allows the extension's origin (CORS).
 */
export async function requestServerAccess(serverUrl: string): Promise<void> {
  if (serverUrl === defaultServerUrl()) return;
  const host = new URL(serverUrl).host;
  let granted: boolean;
  try {
    granted = await browser.permissions.request({ origins: [hostPattern(serverUrl)] });
  } catch (error) {
    throw new Error(`Could not ask for access to ${host}: ${messageOf(error)}`);
  }
  if (!granted) {
    throw new Error(
      `Readalong needs your permission to reach ${host}; without it, it cannot sync there.`,
    );
  }
}
