import { describe, expect, it } from 'vitest';
import { parsePlainHttpUrl } from '../../shared/plain-http-url';
import { seededRandom } from '../support/seeded-random';

/** The parts `parsePlainHttpUrl` gives, as a `URL` has them. */
function partsOf(url: {
  href: string;
  protocol: string;
  hostname: string;
  port: string;
  pathname: string;
  search: string;
  hash: string;
  origin: string;
  searchParams: URLSearchParams;
}) {
  const { href, protocol, hostname, port, pathname, search, hash, origin } = url;
  return {
    href,
    protocol,
    hostname,
    port,
    pathname,
    search,
    hash,
    origin,
    query: [...url.searchParams],
  };
}

const SCHEMES = [
  'https://',
  'http://',
  'HTTPS://',
  'Http://',
  'ftp://',
  'https:/',
  'https:\\\\',
  ' https://',
];
const HOSTS = [
  'example.com',
  'www.example.com',
  'www.youtube.com',
  'youtu.be',
  'm.youtube.com',
  'github.com',
  'raw.githubusercontent.com',
  'a-b--c.example',
  '-lead.example',
  'trail-.example',
  'example.com.',
  'example..com',
  '.example.com',
  'localhost',
  '1.2.3.4',
  '0x7f.1',
  '010.0.0.1',
  '127.1',
  'example.123',
  'example.1a',
  '999.999.999.999',
  'xn--nxasmq6b.com',
  'xn--a.com',
  'EXAMPLE.com',
  'ex_ample.com',
  'bücher.de',
  'user@example.com',
  'user:pw@example.com',
  'example.com:443',
  'example.com:80',
  'example.com:8080',
  'example.com:',
  '[::1]',
  'exa%41mple.com',
  `${'a'.repeat(70)}.com`,
  '',
];
const PATHS = [
  '',
  '/',
  '/a/b',
  '/a/b/',
  '/watch',
  '/o/r/blob/main/docs/x.md',
  '/o/r/refs/heads/main/x.md',
  '/a/./b',
  '/a/../b',
  '/.well-known/x',
  '/a/.',
  '/a/..',
  '/a/%2e/b',
  '/a/%2E%2E/b',
  '/a/.%2e',
  '/a..b/c.d',
  '/%7Euser',
  '/%7e',
  '/a%2fb',
  '/a%zz',
  '/a%',
  '/a b',
  '/a\tb',
  '/a\\b',
  '/a|b',
  '/a^b',
  '/a`b',
  '/a{b}',
  '/a[b]',
  '/a"b',
  '/a<b>',
  "/it's",
  '/a;b=c,d',
  '/~user/@me:1',
  '/$&+!*()',
  '/é',
  '/\u00a0',
  '//double',
  '/C:/x',
];
const QUERIES = [
  '',
  '?',
  '?a=1',
  '?v=dQw4w9WgXcQ&t=42s',
  '?utm_source=x&b=2&a=1',
  '?a=1&&b',
  "?q=it's",
  '?q=a b',
  '?q=a+b',
  '?q=%41',
  '?q=a=b',
  '?q=/path?x',
  '?q="x"',
  '?q=<x>',
  '?q=`x`',
  '?q={x}',
  '?q=|^',
  '?q=é',
  '?q=\\',
  '?u=%2Fwatch%3Fv%3DdQw4w9WgXcQ',
];
const FRAGMENTS = [
  '',
  '#',
  '#top',
  '#t=30s',
  '#/watch?v=dQw4w9WgXcQ',
  '#a#b',
  "#it's",
  '#a b',
  '#`x`',
  '#é',
  '#<x>',
];

describe('parsePlainHttpUrl: the parts new URL() gives, for the text it accepts', () => {
  it('agrees with new URL() on every part of generated URLs, and accepts the plain ones', () => {
    const random = seededRandom(20261129);
    let accepted = 0;
    const runs = 40_000;
    for (let n = 0; n < runs; n++) {
      // Each part plain (one of the first few of its list) three times in four, else any.
      const part = (list: readonly string[], plain: number) =>
        random.int(4) === 0 ? random.pick(list) : list[random.int(plain)]!;
      const text =
        part(SCHEMES, 2) +
        part(HOSTS, 7) +
        part(PATHS, 6) +
        (random.int(3) === 0 ? part(PATHS, 6) : '') +
        part(QUERIES, 5) +
        part(FRAGMENTS, 6);
      const plain = parsePlainHttpUrl(text);
      if (plain === null) continue;
      accepted++;
      expect(partsOf(plain), text).toEqual(partsOf(new URL(text)));
    }
    // Plain forms are common among these: the fast path is really taken.
    expect(accepted).toBeGreaterThan(runs / 20);
  });

  it('leaves to new URL() what it would change: case, ports, users, IPs, escapes, dot segments', () => {
    for (const text of [
      'HTTPS://example.com/',
      'https://Example.com/',
      'https://example.com:443/',
      'https://user@example.com/',
      'https://127.0.0.1/',
      'https://0x7f.1/',
      'https://xn--nxasmq6b.com/',
      'https://bücher.de/',
      'https://example.com/a/../b',
      'https://example.com/a/%2e%2e/b',
      'https://example.com/a b',
      'https://example.com/a\\b',
      "https://example.com/?q=it's",
      ' https://example.com/',
      'https:///example.com/',
      'https://[::1]/',
    ]) {
      expect(parsePlainHttpUrl(text), text).toBeNull();
    }
  });

  it('gives an empty path as / and drops an empty query or fragment, as new URL() does', () => {
    expect(partsOf(parsePlainHttpUrl('https://example.com?#')!)).toEqual(
      partsOf(new URL('https://example.com?#')),
    );
    expect(parsePlainHttpUrl('https://example.com')!.pathname).toBe('/');
  });
});
