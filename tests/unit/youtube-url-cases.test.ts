import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resourceKey } from '../../shared/resource-key';
import { parseYouTubeUrl } from '../../shared/youtube';

/**
 * 216 YouTube URLs from other parsers' test suites (origin: tests/fixtures/README.md), checked
 * one by one. The sources disagree in places and test inputs no browser opens, so:
 * - a placeholder id (not 11 characters) must be refused, and the same URL with a real id in its
 *   place must then parse: the form is covered, the fake id is not;
 * - an input without a scheme (`youtu.be/ID`, `//youtube.com/…`) must be refused, since a tab's
 *   URL always has one, and the same input with `https:` in front must then parse;
 * - the table below lists every case where this project decides otherwise than the source.
 */

const FILE = resolve(__dirname, '../fixtures/youtube-url-cases.json');
const REAL_ID = 'dQw4w9WgXcQ';

interface UrlCase {
  url: string;
  id: string | null;
  start: number | null;
  source: string;
  id_basis: string;
  start_basis: string;
  tags?: string[];
}

/** Cases a source calls a video that a learner's browser would not show as one: null here. */
const NOT_A_VIDEO: { tag?: string; pattern?: RegExp; reason: string }[] = [
  { tag: 'html-iframe-input', reason: 'an HTML snippet, not a URL a browser opens' },
  { tag: 'custom-scheme', reason: 'an app scheme; a browser tab never shows it' },
  { tag: 'thumbnail-url', reason: 'an image of the video, not the video' },
  { tag: 'y2u.be-shortener', reason: 'a third-party shortener; the tab lands on youtube.com' },
  { tag: 'gdata-api-url', reason: 'the retired Data API v2 feed, not a page' },
  { tag: 'google-redirect-wrapper', reason: "Google's redirect; the tab goes on to the video" },
  { tag: 'consent-redirect-wrapper', reason: 'cookie consent shown before the video, not it' },
  { tag: 'third-party-host', reason: 'another site, not YouTube' },
  { pattern: /#p\/(a\/)?u\//, reason: '2010 channel player fragment: today it opens the channel' },
  { pattern: /\/vi\/|[?&]vi=/, reason: '`vi` is the thumbnail path; YouTube pages read `v` only' },
  { pattern: /\.com\/watch\/[^?]/, reason: '/watch/ID is no YouTube page (yt-dlp refuses it too)' },
  { pattern: /\/ytscreeningroom\?/, reason: 'a page YouTube retired' },
  { pattern: /m\.youtube\.com\/details\?/, reason: 'a mobile page YouTube retired' },
  { pattern: /youtube\.googleapis\.com\/v\//, reason: 'the retired Flash player host' },
  { pattern: /youtu\.be\/[\w-]{11}&/, reason: '"&" where "?" belongs: the path is not an id' },
  { pattern: /v=BaW_jenozKcshare/, reason: 'an id run into other text; guessing would mislead' },
  { pattern: /&amp;amp;v=/, reason: 'HTML-escaped query: the page itself gets no `v`' },
  {
    pattern: /\/(embed|e)\/(watch|v)\b|\/user\/[^/]+\/watch|u=\/(embed|e)\/(v|watch)\//,
    reason: 'two path forms run together, never served; its source only checks a regex',
  },
];

/** Start times a source leaves unasserted, decided here. */
const START_DECISIONS: { pattern: RegExp; start: number; reason: string }[] = [
  { pattern: /#t=0m10s$/, start: 10, reason: 'YouTube honours #t=, so 0m10s is 10 s' },
];

const isPlaceholder = (id: string | null): id is string => id !== null && id.length !== 11;
const SCHEMELESS = /^(\/\/)?[\w-]+(\.[\w-]+)+\//;

function decisionFor(c: UrlCase) {
  return NOT_A_VIDEO.find((d) =>
    d.tag ? (c.tags ?? []).includes(d.tag) : (d.pattern?.test(c.url) ?? false),
  );
}

describe('YouTube URL cases from other parsers', () => {
  const cases = JSON.parse(readFileSync(FILE, 'utf8')) as UrlCase[];
  const usedDecisions = new Set<object>();

  it('reads every case of the file', () => {
    expect(cases).toHaveLength(216);
  });

  it.each(cases.map((c, i) => [i, c.url, c] as const))('#%i %s', (_i, _url, c) => {
    let form = c.url;
    let id = c.id;
    if (isPlaceholder(id)) {
      expect(parseYouTubeUrl(form), 'a placeholder id is refused').toBeNull();
      const swapped = form.replace(
        new RegExp(`(?<=^|[^\\w-]|%[0-9A-Fa-f]{2})${id}(?![\\w-])`),
        REAL_ID,
      );
      expect(swapped, 'the placeholder id is found in the URL').not.toBe(form);
      form = swapped;
      id = REAL_ID;
    }
    if (SCHEMELESS.test(form.trim())) {
      expect(parseYouTubeUrl(form), 'an input without a scheme is refused').toBeNull();
      const trimmed = form.trim();
      form = trimmed.startsWith('//') ? `https:${trimmed}` : `https://${trimmed}`;
    }
    const decision = decisionFor(c);
    if (decision) usedDecisions.add(decision);
    const startDecision = START_DECISIONS.find((d) => d.pattern.test(c.url));
    if (startDecision) usedDecisions.add(startDecision);

    const result = parseYouTubeUrl(form);
    if (decision || id === null) {
      expect(result).toBeNull();
      expect(resourceKey(form)?.startsWith('youtube:') ?? false).toBe(false);
    } else {
      expect(result).toEqual({ videoId: id, startSeconds: startDecision?.start ?? c.start });
      expect(resourceKey(form)).toBe(`youtube:${id}`);
    }
  });

  it('uses every decision of the exception tables (none is stale)', () => {
    for (const decision of [...NOT_A_VIDEO, ...START_DECISIONS]) {
      expect(usedDecisions.has(decision), decision.reason).toBe(true);
    }
  });
});
