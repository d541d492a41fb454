import { parseHttpUrl } from '../http-url';

/** Where to read a reading list from, worked out from the address a learner typed. */
export interface ListSource {
  /** Addresses to fetch, in order: the first that answers with a list is read. */
  candidates: string[];
  /** Absolute http(s) URL that the list's relative links resolve against. */
  base: string;
  /** The address to keep as the curriculum's `source`; "Check for updates" reads it again. */
  source: string;
  /** Host permissions (`https://host/*`) that fetching the candidates needs. */
  origins: string[];
}

export type ListSourceResult = { ok: true; source: ListSource } | { ok: false; message: string };

/**
 * A repository's README, as `raw.githubusercontent.com/OWNER/REPO/REF/<name>`, tried in this
 * order (GitHub shows the first it finds). For a repository address REF is `HEAD`, which
 * raw.githubusercontent.com serves as the default branch, whatever its name.
 */
export const README_NAMES = ['README.md', 'readme.md', 'Readme.md', 'README.markdown', 'README'];

const RAW = 'https://raw.githubusercontent.com';
/** Owner and repository names as GitHub allows them. */
const NAME = /^[A-Za-z0-9_.-]{1,100}$/;

/**
 * Maps a typed address to what to fetch:
 * - `github.com/OWNER/REPO` (also `.git`, a trailing `/`) → the README at `HEAD`
 *   (`README_NAMES`), relative links resolving against `github.com/OWNER/REPO/blob/HEAD/`;
 * - `github.com/OWNER/REPO/tree/REF/DIR` → that folder's README at REF;
 * - `github.com/OWNER/REPO/blob/REF/PATH` (or `/raw/`) → `raw.githubusercontent.com/OWNER/REPO/
 *   REF/PATH`, links resolving against the `blob` page, so items open on GitHub;
 * - `raw.githubusercontent.com/OWNER/REPO/REF/PATH` → itself, links resolving against its
 *   `blob` page;
 * - `gist.github.com/USER/ID` → `gist.githubusercontent.com/USER/ID/raw` (the gist's first file);
 * - any other http(s) address → itself (a raw Markdown file), links resolving against it.
 * A missing scheme means https. The fragment is dropped. Anything else gets a sentence saying
 * what to type.
 */
export function listSource(typed: string): ListSourceResult {
  const text = typed.trim();
  if (text === '') return refuse('Type the address of a Markdown list first.');
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  const url = parseHttpUrl(withScheme);
  if (!url) {
    return refuse(
      `"${text}" is not a web address. Type one starting with https://, such as https://github.com/owner/repository.`,
    );
  }
  url.hash = '';
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const parts = url.pathname.split('/').filter(Boolean);
  if (host === 'github.com' && parts.length >= 2) return fromGitHub(url, parts);
  if (host === 'raw.githubusercontent.com' && parts.length >= 4) {
    const [owner, repo, ref, ...path] = parts as [string, string, string, ...string[]];
    return found(
      [url.href],
      `https://github.com/${owner}/${repo}/blob/${ref}/${path.join('/')}`,
      url.href,
    );
  }
  if (host === 'gist.github.com' && parts.length === 2) {
    return found(
      [`https://gist.githubusercontent.com/${parts[0]}/${parts[1]}/raw`],
      url.href,
      url.href,
    );
  }
  return found([url.href], url.href, url.href);
}

function fromGitHub(url: URL, parts: string[]): ListSourceResult {
  const owner = parts[0]!;
  const repo = parts[1]!.replace(/\.git$/, '');
  if (!NAME.test(owner) || !NAME.test(repo)) {
    return refuse(`"${url.href}" is not a GitHub repository address.`);
  }
  const [, , view, ref, ...path] = parts;
  const repoUrl = `https://github.com/${owner}/${repo}`;
  if (view === undefined) {
    return readme(owner, repo, 'HEAD', '', repoUrl);
  }
  if ((view === 'blob' || view === 'raw') && ref && path.length > 0) {
    const file = `${ref}/${path.join('/')}`;
    return found([`${RAW}/${owner}/${repo}/${file}`], `${repoUrl}/blob/${file}`, url.href);
  }
  if (view === 'tree' && ref) {
    return readme(owner, repo, ref, path.map((p) => `${p}/`).join(''), url.href);
  }
  return refuse(
    `${url.href} is a GitHub page, not a list. Open the list's file on GitHub and use its address (it contains /blob/), or the repository's address for its README.`,
  );
}

function readme(owner: string, repo: string, ref: string, dir: string, source: string) {
  const candidates = README_NAMES.map((name) => `${RAW}/${owner}/${repo}/${ref}/${dir}${name}`);
  return found(candidates, `https://github.com/${owner}/${repo}/blob/${ref}/${dir}`, source);
}

function found(candidates: string[], base: string, source: string): ListSourceResult {
  const origins = [...new Set(candidates.map((c) => `${new URL(c).origin}/*`))];
  return { ok: true, source: { candidates, base, source, origins } };
}

function refuse(message: string): ListSourceResult {
  return { ok: false, message };
}
