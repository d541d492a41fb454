/**
 * What the popup (and the side panel's summary) draws: a curriculum's sections and items, each
 * item with its state, each section with its totals. Built from local state only, in one pass.
 */
import type { Curriculum, Item, Section, SessionMeta } from '../../shared/curriculum';
import { type ItemState, isFinished, itemState } from '../../shared/item-state';
import { progressSubject } from '../../shared/progress-keys';
import type { ResourceProgress } from '../../shared/resource-progress';
import { filterWords, hasAllWords } from './fold-text';

export interface Totals {
  done: number;
  skipped: number;
  /** Items with any progress at all (opened, watching, done or skipped). */
  started: number;
  total: number;
}

export interface ChecklistEntry {
  item: Item;
  state: ItemState;
  progress: ResourceProgress | undefined;
  /** Titles of the sections above the item, outermost first. */
  sectionPath: string[];
}

export interface ChecklistSection {
  /** Unique within the curriculum: the section ids from the top, joined by `/`. */
  key: string;
  title: string;
  depth: number;
  session?: SessionMeta;
  entries: ChecklistEntry[];
  sections: ChecklistSection[];
  /** Every item in the section and below it. */
  totals: Totals;
}

export interface Checklist {
  curriculumId: string;
  title: string;
  sections: ChecklistSection[];
  totals: Totals;
}

const emptyTotals = (): Totals => ({ done: 0, skipped: 0, started: 0, total: 0 });

function addTotals(into: Totals, from: Totals) {
  into.done += from.done;
  into.skipped += from.skipped;
  into.started += from.started;
  into.total += from.total;
}

/** Finished (done or skipped) items over all items, as a whole percent, rounded down. */
export function percentFinished(totals: Totals): number {
  if (totals.total === 0) return 0;
  return Math.floor(((totals.done + totals.skipped) / totals.total) * 100);
}

export function isSectionFinished(section: ChecklistSection): boolean {
  const { done, skipped, total } = section.totals;
  return done + skipped === total;
}

/**
 * `statusOverride` lets the caller show a tick before the background has written it (the
 * popup's optimistic update); it is keyed by resource key.
 */
export function buildChecklist(
  curriculum: Curriculum,
  progress: ReadonlyMap<string, ResourceProgress>,
  statusOverride?: ReadonlyMap<string, ResourceProgress['status']>,
): Checklist {
  const stateOf = (item: Item): [ItemState, ResourceProgress | undefined] => {
    const found = progress.get(progressSubject(item.resourceKey));
    const override = statusOverride?.get(item.resourceKey);
    if (override === undefined) return [itemState(found), found];
    const base: ResourceProgress = found ?? {
      subject: progressSubject(item.resourceKey),
      epoch: 0,
      firstOpened: null,
      lastOpened: null,
      openCount: 0,
      status: 'none',
      video: null,
      notes: [],
    };
    const changed = { ...base, status: override };
    return [itemState(changed), changed];
  };

  const visit = (section: Section, parentKey: string, path: string[]): ChecklistSection => {
    const key = parentKey ? `${parentKey}/${section.id}` : section.id;
    const here = [...path, section.title];
    const totals = emptyTotals();
    const entries = section.items.map((item): ChecklistEntry => {
      const [state, itemProgress] = stateOf(item);
      totals.total++;
      if (state.kind === 'done') totals.done++;
      else if (state.kind === 'skipped') totals.skipped++;
      if (state.kind !== 'not-started') totals.started++;
      return { item, state, progress: itemProgress, sectionPath: here };
    });
    const sections = section.sections.map((child) => visit(child, key, here));
    for (const child of sections) addTotals(totals, child.totals);
    return {
      key,
      title: section.title,
      depth: path.length,
      ...(section.session ? { session: section.session } : {}),
      entries,
      sections,
      totals,
    };
  };

  const sections = curriculum.sections.map((s) => visit(s, '', []));
  const totals = emptyTotals();
  for (const s of sections) addTotals(totals, s.totals);
  return { curriculumId: curriculum.id, title: curriculum.title, sections, totals };
}

export interface ChecklistFilter {
  /** Words that must all appear in the item's title, kind or section titles. */
  text: string;
  onlyUnfinished: boolean;
}

export function isFilterActive(filter: ChecklistFilter): boolean {
  return filter.onlyUnfinished || filter.text.trim() !== '';
}

/**
 * The sections and items that pass the filter; sections left empty are dropped. Totals stay
 * those of the whole section, so a bar never looks more finished because of a filter.
 */
export function filterChecklist(checklist: Checklist, filter: ChecklistFilter): Checklist {
  if (!isFilterActive(filter)) return checklist;
  const words = filterWords(filter.text);
  const matches = (entry: ChecklistEntry) => {
    if (filter.onlyUnfinished && isFinished(entry.state)) return false;
    if (words.length === 0) return true;
    return hasAllWords(
      [
        entry.item.title,
        entry.item.kind,
        ...entry.sectionPath,
        ...Object.values(entry.item.meta ?? {}),
      ].join(' '),
      words,
    );
  };
  const keep = (section: ChecklistSection): ChecklistSection | null => {
    const entries = section.entries.filter(matches);
    const sections = section.sections.map(keep).filter((s): s is ChecklistSection => s !== null);
    if (entries.length === 0 && sections.length === 0) return null;
    return { ...section, entries, sections };
  };
  return {
    ...checklist,
    sections: checklist.sections.map(keep).filter((s): s is ChecklistSection => s !== null),
  };
}

/** Every entry, depth first, in curriculum order. */
export function* allEntries(sections: readonly ChecklistSection[]): Generator<ChecklistEntry> {
  for (const section of sections) {
    yield* section.entries;
    yield* allEntries(section.sections);
  }
}

/** Every section, depth first. */
export function* allSections(sections: readonly ChecklistSection[]): Generator<ChecklistSection> {
  for (const section of sections) {
    yield section;
    yield* allSections(section.sections);
  }
}

/** The resource keys of every item in a section and below it (for a section reset). */
export function sectionResourceKeys(section: ChecklistSection): string[] {
  return [...new Set([...allEntries([section])].map((e) => e.item.resourceKey))];
}

/** The section with this key and the sections above it, outermost first; empty if there is none. */
export function sectionAncestry(
  sections: readonly ChecklistSection[],
  key: string,
): ChecklistSection[] {
  for (const section of sections) {
    if (section.key === key) return [section];
    const below = sectionAncestry(section.sections, key);
    if (below.length > 0) return [section, ...below];
  }
  return [];
}
