import type { ItemKind } from '../curriculum';
import type { HttpUrlParts } from '../plain-http-url';
import { youTubeVideoIdOf } from '../youtube';

/** What is known about an entry when its kind is guessed. */
export interface KindClues {
  /** The entry's link, parsed (`readHttpUrl`); none for an entry checked off by hand. */
  url?: HttpUrlParts;
  title: string;
  /** Titles of the sections above the entry, nearest last. */
  headings: readonly string[];
}

/**
 * Guesses what kind of resource an entry is, first clue that speaks wins:
 * 1. the URL's site: YouTube/Vimeo → video; arXiv, OpenReview, ACM DL, NeurIPS/PMLR/ACL
 *    proceedings, Semantic Scholar → paper; Google Slides, SlideShare, Speaker Deck → slides;
 *    `github.com/owner/repo` (the repository itself, not a file in it) → repo; Coursera, Udemy,
 *    Udacity, edX → course;
 * 2. a `[Tag]` opening the title (`[Book]`, `[Video]`, `[Lecture note]`, `[Code]`…);
 * 3. a title opening with "Chapter N" → chapter;
 * 4. the nearest heading naming a kind, in the plural: Books, Courses, Papers, Blogs/Articles,
 *    Repositories, Conferences/Workshops, Case studies, Videos/Talks/Podcasts, Slides, Chapters
 *    (a heading "Chapter 1" is one chapter, not a list of them);
 * 5. the URL's shape: a `.pdf` → slides; a blog host or `/blog/` path → blog; `/course` → course;
 * 6. a title of at most three words naming a kind: "Slides", "YouTube", "Code"…;
 * 7. otherwise `link` for a URL, `reading` for an entry checked off by hand.
 */
export function guessItemKind(clues: KindClues): ItemKind {
  const url = clues.url;
  return (
    (url && siteKind(url)) ??
    tagKind(clues.title) ??
    (/^chapter\s+\d+\b/i.test(clues.title) ? 'chapter' : null) ??
    nearestHeadingKind(clues.headings) ??
    (url && shapeKind(url)) ??
    titleWordKind(clues.title) ??
    (url ? 'link' : 'reading')
  );
}

const PAPER_HOSTS = [
  'arxiv.org',
  'openreview.net',
  'dl.acm.org',
  'papers.nips.cc',
  'proceedings.neurips.cc',
  'proceedings.mlr.press',
  'aclanthology.org',
  'semanticscholar.org',
  'ieeexplore.ieee.org',
];
const SLIDE_HOSTS = ['slideshare.net', 'speakerdeck.com'];
const COURSE_HOSTS = ['coursera.org', 'udemy.com', 'udacity.com', 'edx.org'];
const VIDEO_HOSTS = ['vimeo.com'];
const BLOG_HOSTS = ['medium.com', 'substack.com', 'hashnode.dev', 'dev.to', 'blogspot.com'];

function onHost(url: HttpUrlParts, hosts: readonly string[]): boolean {
  const host = url.hostname.toLowerCase();
  for (const h of hosts) {
    if (
      host.endsWith(h) &&
      (host.length === h.length || host[host.length - h.length - 1] === '.')
    ) {
      return true;
    }
  }
  return false;
}

function siteKind(url: HttpUrlParts): ItemKind | null {
  if (youTubeVideoIdOf(url) !== null || onHost(url, VIDEO_HOSTS)) return 'video';
  if (onHost(url, PAPER_HOSTS)) return 'paper';
  if (onHost(url, SLIDE_HOSTS)) return 'slides';
  if (url.hostname === 'docs.google.com' && url.pathname.startsWith('/presentation/')) {
    return 'slides';
  }
  if (onHost(url, COURSE_HOSTS)) return 'course';
  if (url.hostname === 'github.com' || url.hostname === 'www.github.com') {
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts.length === 2 || (parts.length >= 3 && parts[2] === 'tree')) return 'repo';
  }
  return null;
}

function shapeKind(url: HttpUrlParts): ItemKind | null {
  const path = url.pathname.toLowerCase();
  if (path.endsWith('.pdf')) return 'slides';
  if (onHost(url, BLOG_HOSTS) || url.hostname.startsWith('blog.') || path.includes('/blog/')) {
    return 'blog';
  }
  if (path.includes('/course')) return 'course';
  return null;
}

const TAGS: Readonly<Record<string, ItemKind>> = {
  book: 'book',
  'free book': 'book',
  booklet: 'book',
  'book excerpt': 'chapter',
  chapter: 'chapter',
  video: 'video',
  talk: 'video',
  podcast: 'video',
  course: 'course',
  paper: 'paper',
  slides: 'slides',
  code: 'repo',
  repo: 'repo',
  blog: 'blog',
  article: 'blog',
  'lecture note': 'reading',
  'lecture notes': 'reading',
  tutorial: 'reading',
  tutorials: 'reading',
  'case study': 'case-study',
};

function tagKind(title: string): ItemKind | null {
  const tag = /^\[([^\]]{1,30})\]\s/.exec(title)?.[1];
  return tag ? (TAGS[tag.trim().toLowerCase()] ?? null) : null;
}

/** Plural words naming a kind in a heading: a heading "Papers" gathers papers. */
const HEADING_WORDS: readonly [RegExp, ItemKind][] = [
  [/\bcase studies\b/i, 'case-study'],
  [/\bchapters\b/i, 'chapter'],
  [/\bslides\b|\bslide ?decks\b/i, 'slides'],
  [/\bbooks\b/i, 'book'],
  [/\bcourses\b|\bspecializations\b/i, 'course'],
  [/\bpapers\b/i, 'paper'],
  [/\bblogs\b|\barticles\b|\bnewsletters\b/i, 'blog'],
  [/\brepositories\b|\brepos\b/i, 'repo'],
  [/\bconferences\b|\bworkshops\b/i, 'conference'],
  [/\bvideos\b|\btalks\b|\bpodcasts\b|\brecordings\b/i, 'video'],
];
/** Words naming a kind in a short title: a link called "Slides" or "Video". */
const TITLE_WORDS: readonly [RegExp, ItemKind][] = [
  [/\bcase stud(?:y|ies)\b/i, 'case-study'],
  [/\bslides?\b|\bslide ?decks?\b/i, 'slides'],
  [/\bbooks?\b/i, 'book'],
  [/\bcourses?\b/i, 'course'],
  [/\bpapers?\b/i, 'paper'],
  [/\bblog(?: ?post)?s?\b|\barticles?\b/i, 'blog'],
  [/\brepo(?:sitory)?s?\b|\bcode\b/i, 'repo'],
  [/\bvideos?\b|\btalks?\b|\brecordings?\b|\byoutube\b/i, 'video'],
];
/** Longer titles are names, not labels: "Video understanding at scale" is a paper. */
const MAX_LABEL_WORDS = 3;

function wordKind(text: string, words: readonly [RegExp, ItemKind][]): ItemKind | null {
  for (const [pattern, kind] of words) if (pattern.test(text)) return kind;
  return null;
}

function titleWordKind(title: string): ItemKind | null {
  return title.split(/\s+/).length <= MAX_LABEL_WORDS ? wordKind(title, TITLE_WORDS) : null;
}

function nearestHeadingKind(headings: readonly string[]): ItemKind | null {
  for (let i = headings.length - 1; i >= 0; i--) {
    const kind = wordKind(headings[i]!, HEADING_WORDS);
    if (kind) return kind;
  }
  return null;
}
