import { describe, expect, it } from 'vitest';
import { isTrackableUrl, MAX_KEY_LENGTH, resourceKey } from '../../shared/resource-key';
import { stableHash } from '../../shared/stable-hash';

const ID = 'dQw4w9WgXcQ';

/** Every URL of a group must give the same key, and that key must be `key`. */
function expectOneKey(key: string, urls: string[]) {
  for (const url of urls) expect(resourceKey(url), url).toBe(key);
}

describe('resourceKey: one YouTube video is one resource', () => {
  it('maps every form and start time of a video to youtube:<id>', () => {
    expectOneKey(`youtube:${ID}`, [
      `https://www.youtube.com/watch?v=${ID}`,
      `http://youtube.com/watch?feature=share&v=${ID}&list=PL1`,
      `https://m.youtube.com/watch?v=${ID}&t=1h2m3s`,
      `https://music.youtube.com/watch?v=${ID}`,
      `https://youtu.be/${ID}?si=abc&t=90`,
      `https://www.youtube.com/live/${ID}`,
      `https://www.youtube.com/shorts/${ID}`,
      `https://www.youtube-nocookie.com/embed/${ID}?start=30`,
      `https://www.youtube.com/v/${ID}`,
      `https://www.youtube.com/watch?v=${ID}#t=30s`,
      `https://www.youtube.com/attribution_link?u=%2Fwatch%3Fv%3D${ID}`,
      `https://www.youtube.com./watch?v=${ID}`,
      `https://youtu.be/${ID}?t=${'9'.repeat(20)}`,
    ]);
  });
  it('keeps YouTube pages that are not videos as pages, the mobile site folded in', () => {
    expectOneKey('youtube.com/playlist?list=PL1', [
      'https://www.youtube.com/playlist?list=PL1&si=share',
      'https://m.youtube.com/playlist?list=PL1',
    ]);
    expect(resourceKey('https://www.youtube.com/@chiphuyen')).toBe('youtube.com/@chiphuyen');
  });
});

describe('resourceKey: web pages', () => {
  it('ignores scheme, www., default ports, trailing slash, fragment and host case', () => {
    expectOneKey('example.com/docs/intro', [
      'https://example.com/docs/intro',
      'http://example.com/docs/intro',
      'https://www.example.com/docs/intro/',
      'https://EXAMPLE.com:443/docs/intro#setup',
      'http://Www.Example.COM:80/docs/intro/#',
      ' https://example.com/docs/intro ',
    ]);
  });
  it('keys a site root by its host alone', () => {
    expectOneKey('example.com', [
      'https://example.com',
      'https://www.example.com/',
      'http://example.com/#top',
    ]);
  });
  it('drops tracking parameters and sorts the rest', () => {
    expectOneKey('example.com/post?a=1&b=2', [
      'https://example.com/post?b=2&a=1',
      'https://example.com/post?utm_source=x&a=1&UTM_Campaign=y&b=2&utm_medium=email',
      'https://example.com/post?a=1&fbclid=F&b=2&gclid=G&si=S&feature=share',
      'https://example.com/post?mc_cid=1&mc_eid=2&a=1&ref_src=twsrc&igshid=3&b=2&msclkid=4',
    ]);
  });
  it('keeps parameters that choose the content, and the order of a repeated name', () => {
    expect(resourceKey('https://example.com/search?q=mlops&page=2')).toBe(
      'example.com/search?page=2&q=mlops',
    );
    expect(resourceKey('https://github.com/o/r/tree/main?ref=dev')).toBe(
      'github.com/o/r/tree/main?ref=dev',
    );
    expect(resourceKey('https://example.com/?tag=b&tag=a')).not.toBe(
      resourceKey('https://example.com/?tag=a&tag=b'),
    );
  });
  it('writes every query one way, whatever escapes, empty parts or bare names it was given in', () => {
    const cases: Array<[string, string]> = [
      ['https://example.com/search?q=a+b&x=%20y', 'example.com/search?q=a+b&x=+y'],
      ['https://example.com/search?x=+y&q=a%20b', 'example.com/search?q=a+b&x=+y'],
      ['https://example.com/search?q=a%2Bb', 'example.com/search?q=a%2Bb'],
      ['https://example.com/list?flag&b=2', 'example.com/list?b=2&flag='],
      ['https://example.com/list?b=2&&a=1&', 'example.com/list?a=1&b=2'],
      ['https://example.com/eq?a=b=c', 'example.com/eq?a=b%3Dc'],
      ['https://example.com/eq?utm%5Fsource=x&a=1', 'example.com/eq?a=1'],
      ['https://example.com/q?', 'example.com/q'],
      ['https://example.com/q?utm_source=x', 'example.com/q'],
      ['https://example.com/q?a=%7e&b=caf%C3%A9', 'example.com/q?a=%7E&b=caf%C3%A9'],
      ["https://example.com/q?a='x'&b=(1)", 'example.com/q?a=%27x%27&b=%281%29'],
    ];
    for (const [url, key] of cases) expect(resourceKey(url), url).toBe(key);
  });
  it('tells different pages apart: path case, other ports, other hosts, other values', () => {
    const keys = [
      'https://example.com/Docs',
      'https://example.com/docs',
      'https://example.com:8080/docs',
      'https://docs.example.com/docs',
      'https://example.com/docs?v=2',
      'https://example.org/docs',
    ].map(resourceKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('decodes needless escapes and never keeps credentials', () => {
    expect(resourceKey('https://example.com/%7Euser/a%2Db')).toBe('example.com/~user/a-b');
    expect(resourceKey('https://example.com/a%2fb')).toBe('example.com/a%2Fb');
    expect(resourceKey('https://alice:secret@example.com/private')).toBe('example.com/private');
  });
});

describe('resourceKey: a file on GitHub is one resource however it is opened', () => {
  it('maps blob, raw, ?raw=true and raw.githubusercontent.com to the blob form', () => {
    expectOneKey('github.com/chiphuyen/dmls-book/blob/main/basic-ml-review.md', [
      'https://github.com/chiphuyen/dmls-book/blob/main/basic-ml-review.md',
      'https://github.com/chiphuyen/dmls-book/blob/main/basic-ml-review.md?raw=true',
      'https://github.com/chiphuyen/dmls-book/blob/main/basic-ml-review.md?plain=1#L10-L20',
      'https://github.com/chiphuyen/dmls-book/raw/main/basic-ml-review.md',
      'https://www.github.com/ChipHuyen/DMLS-book/blob/main/basic-ml-review.md',
      'https://raw.githubusercontent.com/chiphuyen/dmls-book/main/basic-ml-review.md',
      'https://raw.githubusercontent.com/chiphuyen/dmls-book/refs/heads/main/basic-ml-review.md',
      'https://github.com/chiphuyen/dmls-book/blob/refs/heads/main/basic-ml-review.md',
    ]);
  });
  it('keeps files of other refs, paths and repositories apart', () => {
    const keys = [
      'https://github.com/o/r/blob/main/a.md',
      'https://github.com/o/r/blob/v1/a.md',
      'https://github.com/o/r/blob/main/A.md',
      'https://github.com/o/r/blob/main/dir/a.md',
      'https://github.com/o/r2/blob/main/a.md',
    ].map(resourceKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('ignores the case of owner and repository on any GitHub page', () => {
    expectOneKey('github.com/chiphuyen/dmls-book', [
      'https://github.com/chiphuyen/dmls-book',
      'https://github.com/ChipHuyen/DMLS-Book/',
    ]);
  });
});

describe('resourceKey: only http(s) URLs are resources', () => {
  it.each([
    '',
    '   ',
    'not a url',
    'example.com/page',
    '//example.com/page',
    'ftp://example.com/file',
    'mailto:someone@example.com',
    'javascript:alert(1)',
    'chrome://extensions',
    'about:blank',
    'file:///home/me/notes.md',
    'data:text/plain,hi',
    'https://',
    'http://exa mple.com/',
  ])('%j → null', (url) => {
    expect(resourceKey(url)).toBeNull();
    expect(isTrackableUrl(url)).toBe(false);
  });
  it('says an http(s) URL is trackable', () => {
    expect(isTrackableUrl('https://example.com/')).toBe(true);
  });
});

describe('resourceKey: long URLs', () => {
  const long = (tail: string) => `https://example.com/${'a'.repeat(400)}/${tail}`;
  it('cuts a long key to 256 characters ending in a stable hash', () => {
    const key = resourceKey(long('x'))!;
    expect(key).toHaveLength(MAX_KEY_LENGTH);
    expect(key).toMatch(/^example\.com\/a+~[0-9a-f]{8}$/);
    expect(resourceKey(long('x'))).toBe(key);
    expect(key.endsWith(`~${stableHash(`example.com/${'a'.repeat(400)}/x`)}`)).toBe(true);
  });
  it('keeps two long URLs that differ only past the cut apart', () => {
    expect(resourceKey(long('x'))).not.toBe(resourceKey(long('y')));
  });
  it('leaves a key of exactly 256 characters whole', () => {
    const url = `https://example.com/${'b'.repeat(MAX_KEY_LENGTH - 'example.com/'.length)}`;
    expect(resourceKey(url)).toBe(url.slice('https://'.length));
  });
});

describe('stableHash', () => {
  it('is 32-bit FNV-1a over UTF-8 (published test vectors)', () => {
    expect(stableHash('')).toBe('811c9dc5');
    expect(stableHash('a')).toBe('e40c292c');
    expect(stableHash('foobar')).toBe('bf9cf968');
  });
  it('hashes the UTF-8 bytes, so every runtime and language agrees', () => {
    // "é" is the bytes C3 A9 in UTF-8; hashing its UTF-16 code unit (E9) would give 6c0b6c44.
    expect(stableHash('é')).toBe('1e9de8c1');
  });
});
