/**
 * The sync server's address: a build-time default (`WXT_SYNC_SERVER_URL`), or one the learner
 * typed to use a self-hosted server.
 */

/** The server this build points at, or `null` when it was built without one. */
export function defaultServerUrl(): string | null {
  const configured = import.meta.env.WXT_SYNC_SERVER_URL;
  if (!configured) return null;
  const normalized = normalizeServerUrl(configured);
  return normalized.ok ? normalized.url : null;
}

export type NormalizedUrl = { ok: true; url: string } | { ok: false; error: string };

/** `https://sync.example.org/` → `https://sync.example.org`; anything else gets a reason. */
export function normalizeServerUrl(input: string): NormalizedUrl {
  const text = input.trim();
  if (!text) return { ok: false, error: 'Enter the address of a sync server.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return {
      ok: false,
      error: `"${text}" is not an address; it should look like https://sync.example.org.`,
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {
      ok: false,
      error: 'The address must start with https:// (or http:// for a local server).',
    };
  }
  if (url.username || url.password) {
    return { ok: false, error: 'The address must not contain a user name or password.' };
  }
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, url: `${url.origin}${path}` };
}
