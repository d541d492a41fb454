/**
 * The pages the learner linked to items that have no link of their own ("I am reading this
 * here"): the `lww` registers `l/<S>` (shared/register-keys.ts), each holding the page's address
 * or null once unlinked, so a link follows the learner to every browser. Progress stays keyed by
 * the item's own resource key: linking only adds an address that opens the item.
 */
import type { Curriculum } from '../../shared/curriculum';
import { parseHttpUrl } from '../../shared/http-url';
import type { Register } from '../../shared/register';
import { pageLinkKey } from '../../shared/register-keys';
import { isTrackingParameter } from '../../shared/resource-key';
import { walkItems } from '../../shared/walk-items';
import type { RegisterDraft } from './progress-writer';

/** The page linked to each item without a link, by the item's resource key. */
export type PageLinks = ReadonlyMap<string, string>;

/** Whether an item can be given a page: it has no link of its own. */
export const isLinkable = (item: { url?: string | undefined }) => item.url === undefined;

/** The page linked to item `resourceKey`, or null. */
export function linkedPage(
  registers: Readonly<Record<string, Register>>,
  resourceKey: string,
): string | null {
  const url = registers[pageLinkKey(resourceKey)]?.value;
  return typeof url === 'string' && parseHttpUrl(url) ? url : null;
}

/** Every linked page of the installed curricula's items without a link. */
export function pageLinksFrom(
  registers: Readonly<Record<string, Register>>,
  curricula: readonly Curriculum[],
): PageLinks {
  const links = new Map<string, string>();
  for (const curriculum of curricula) {
    for (const { item } of walkItems(curriculum)) {
      if (!isLinkable(item) || links.has(item.resourceKey)) continue;
      const url = linkedPage(registers, item.resourceKey);
      if (url !== null) links.set(item.resourceKey, url);
    }
  }
  return links;
}

/** Whether two sets of links are the same. */
export function sameLinks(a: PageLinks, b: PageLinks): boolean {
  return a.size === b.size && [...a].every(([key, url]) => b.get(key) === url);
}

/**
 * The address kept for a page the learner links: its http(s) URL without user name, password,
 * fragment or tracking parameters (`resource-key.ts`); null for anything else (a browser page,
 * a file).
 */
export function linkableUrl(text: string): string | null {
  const url = parseHttpUrl(text);
  if (!url) return null;
  url.username = '';
  url.password = '';
  url.hash = '';
  for (const name of [...url.searchParams.keys()])
    if (isTrackingParameter(name)) url.searchParams.delete(name);
  return url.href;
}

/** The register change that links `url` to the item `resourceKey` (null: unlinks it). */
export function pageLinkDraft(resourceKey: string, url: string | null): RegisterDraft {
  return { key: pageLinkKey(resourceKey), value: url, merge: 'lww' };
}
