import type { Section } from '../../shared/curriculum';
import { importMarkdown } from '../../shared/markdown-import/import-markdown';
import { findSection } from './find-section';

/**
 * From ml-system-design-resources.md, imported as is: Books, Courses, Papers, Blogs and
 * Websites, GitHub Repositories, Conferences and Workshops. Entries without a link (the books,
 * the papers, the conferences) are items checked off by hand; the indented descriptions under
 * each entry are notes, not items. The document's "Resources" heading is dropped: its
 * sub-sections sit directly under this section.
 */
export function systemDesignResources(markdown: string, title: string): Section {
  const imported = importMarkdown(markdown);
  const lists = findSection(imported.sections, 'Resources').sections;
  return { id: '', title, items: [], sections: lists };
}

/**
 * Lines of the MLOps guide that the plain-lines rule would read as entries but are not: "MLOps"
 * is a heading that lost its `#` (it stands over the guide's "What's MLOps?" paragraph).
 */
export const MLOPS_GUIDE_NOT_ENTRIES: readonly string[] = ['MLOps'];

/** `[Tag] Title (Authors). Description…` or `[Tag] Title: description…` */
const TAGGED = /^\[[^\]]+\]\s/;

/**
 * From mlops-guide.md, plain text with no links: imported with `plainLines` (one entry per line;
 * a heading's one-line introduction and lines ending like sentences are prose), so its headings
 * become sections and its lines items checked off by hand. Then:
 * - the lines in `MLOPS_GUIDE_NOT_ENTRIES` are dropped (each must still be there);
 * - a `[Tag]` entry keeps its tag and title and loses its description: it is cut after the
 *   first "). " (`[Book] Deep Learning (Goodfellow et al.). Free online version.`), else at the
 *   first ": " (`[Code] Python-is-cool: Cool Python features…`);
 * - the guide's own first heading ("MLOps-guide", whose only content was its introduction) is
 *   gone already (sections without items are dropped); its sections sit directly under this one.
 */
export function mlopsGuide(markdown: string, title: string): Section {
  const imported = importMarkdown(markdown, { plainLines: true });
  const dropped = new Set<string>();
  const isEntry = (title: string): boolean => {
    if (!MLOPS_GUIDE_NOT_ENTRIES.includes(title)) return true;
    dropped.add(title);
    return false;
  };
  const tidy = (section: Section): Section => ({
    ...section,
    items: section.items
      .filter((item) => isEntry(item.title))
      .map((item) => ({ ...item, title: withoutDescription(item.title) })),
    sections: section.sections.map(tidy),
  });
  const sections = imported.sections.map(tidy);
  const unused = MLOPS_GUIDE_NOT_ENTRIES.filter((title) => !dropped.has(title));
  if (unused.length > 0) {
    throw new Error(`The MLOps guide no longer has the lines ${unused.join(', ')}.`);
  }
  return { id: '', title, items: [], sections };
}

export function withoutDescription(title: string): string {
  if (!TAGGED.test(title)) return title;
  const paren = title.indexOf('). ');
  if (paren >= 0) return title.slice(0, paren + 1);
  const colon = title.indexOf(': ');
  return colon >= 0 ? title.slice(0, colon) : title;
}
