/**
 * What a curriculum read back from storage must be for a page to draw it, checked without zod
 * so the popup and the side panel load none (bench/README.md, "Bundles").
 *
 * A curriculum is checked in full by `curriculumSchema` (shared/curriculum.ts) where it comes
 * in: the Markdown and JSON imports, the background's `import-curriculum` and `import-playlist`
 * calls, a progress file, a migration. What storage gives back was written by the background's
 * writer after that check, or pulled from the sync server, where another browser's Readalong
 * checked it the same way. Reading it back, on every opening of the popup, asks only what the
 * code that draws and matches it relies on, and what would be unsafe to draw: every field it reads has
 * its type, every item its kind, and every link is http(s) (a `javascript:` link planted
 * through sync is never drawn). A value that fails is not thrown away: the curriculum is
 * reported unreadable, with the first problem found, and its registers stay as they are.
 */
import { HTTP_URL_PATTERN } from '../../shared/http-url';
import { ITEM_KINDS } from '../../shared/item-kinds';

const HTTP_URL = new RegExp(HTTP_URL_PATTERN);
const KINDS: ReadonlySet<string> = new Set(ITEM_KINDS);

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown) => typeof value === 'string' && value.length > 0;
const isOptional = (value: unknown, check: (v: unknown) => boolean) =>
  value === undefined || check(value);
const isCount = (value: unknown) => typeof value === 'number' && Number.isInteger(value);
const isSession = (value: unknown) => isObject(value) && isCount(value.number);
const isMeta = (value: unknown) =>
  isObject(value) && Object.values(value).every((v) => typeof v === 'string');

function itemProblem(item: unknown, where: string): string | null {
  if (!isObject(item)) return `${where} is not an item`;
  if (!isText(item.id) || !isText(item.title) || !isText(item.resourceKey))
    return `${where} lacks an id, a title or a resource key`;
  if (typeof item.kind !== 'string' || !KINDS.has(item.kind)) return `${where} has no known kind`;
  if (!isOptional(item.url, (url) => typeof url === 'string' && HTTP_URL.test(url)))
    return `${where} links to something other than an http(s) address`;
  if (
    !isOptional(item.startSeconds, isCount) ||
    !isOptional(item.durationSeconds, isCount) ||
    !isOptional(item.session, isSession) ||
    !isOptional(item.meta, isMeta)
  )
    return `${where} has a malformed time, session or table cell`;
  return null;
}

function sectionProblem(section: unknown, where: string): string | null {
  if (!isObject(section)) return `${where} is not a section`;
  if (!isText(section.id) || !isText(section.title)) return `${where} lacks an id or a title`;
  if (!Array.isArray(section.items) || !Array.isArray(section.sections))
    return `${where} lacks its list of items or of sections`;
  if (!isOptional(section.session, isSession) || !isOptional(section.meta, isMeta))
    return `${where} has a malformed session or table cell`;
  for (const [n, item] of section.items.entries()) {
    const problem = itemProblem(item, `item ${n + 1} of ${where}`);
    if (problem) return problem;
  }
  for (const [n, child] of section.sections.entries()) {
    const problem = sectionProblem(child, `section ${n + 1} of ${where}`);
    if (problem) return problem;
  }
  return null;
}

/** The first reason `value` cannot be drawn as curriculum `id`, or null when it can. */
export function curriculumShapeProblem(value: unknown, id: string): string | null {
  if (!isObject(value)) return 'not a curriculum';
  if (value.id !== id) return 'its id does not match';
  if (!isText(value.title) || typeof value.source !== 'string' || !isCount(value.version))
    return 'it lacks a title, a source or a version';
  if (!Array.isArray(value.sections)) return 'it lacks its list of sections';
  for (const [n, section] of value.sections.entries()) {
    const problem = sectionProblem(section, `section ${n + 1}`);
    if (problem) return problem;
  }
  return null;
}
