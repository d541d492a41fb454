/** A page's address as the learner reads it: host and path, without `https://` or `www.`. */
export function pageAddress(url: string): string {
  const { host, pathname, search } = new URL(url);
  return `${host.replace(/^www\./, '')}${pathname === '/' ? '' : pathname}${search}`;
}
