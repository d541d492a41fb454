import type { Context } from 'hono';

/**
 * The client's address for rate limits. Cloudflare sets `CF-Connecting-IP` on every request
 * (clients cannot forge it there). An IPv6 address counts by its /64 network, since one
 * household or host usually holds a whole /64. Without the header (a local `wrangler dev`
 * reached without Cloudflare's proxy) every client shares the bucket `local`.
 */
export function clientAddress(c: Context): string {
  const address = c.req.header('CF-Connecting-IP')?.trim();
  if (!address) return 'local';
  if (!address.includes(':')) return address;
  const mappedIpv4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mappedIpv4) return mappedIpv4[1]!;
  return `${ipv6Network(address)}::/64`;
}

/** The first four groups of an IPv6 address, with `::` expanded. */
function ipv6Network(address: string): string {
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = Math.max(0, 8 - left.length - right.length);
  const groups = [...left, ...Array<string>(missing).fill('0'), ...right];
  return groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':');
}
