import { useRef } from 'preact/hooks';
import type { ProgressStatus } from '../../../shared/resource-progress';
import { ChecklistItem } from '../../components/checklist-item';
import { HighlightedText } from '../../components/highlighted-text';
import { ChevronIcon, ResetIcon } from '../../components/icons';
import { ProgressBar } from '../../components/progress-bar';
import type { ChecklistEntry } from '../../lib/checklist-model';
import type { ChecklistRow } from '../../lib/checklist-rows';
import type { BodyWindow, SectionWindow } from '../../lib/checklist-window';
import { useFocusFallback } from '../../lib/use-focus-fallback';
import { HEADER_HEIGHT_VARIABLE } from './use-header-height';
import { HEAD_GUESS } from './use-virtual-window';

export interface ChecklistBodyProps {
  /** Every row of the checklist; `drawn` says which are drawn. */
  rows: readonly ChecklistRow[];
  /** The filter's words, marked in titles. */
  words: readonly string[];
  onToggle(sectionKey: string, collapsed: boolean): void;
  onSetStatus(resourceKey: string, status: ProgressStatus): void;
  onResetItem(entry: ChecklistEntry): void;
  /** Asks to reset the whole section with this key (the caller confirms first). */
  onResetSection(sectionKey: string): void;
  /** The measured heights of section heads, by section key. */
  headHeights: ReadonlyMap<string, number>;
  /** How far below the popup's header the heads of this body's sections stick, in pixels. */
  stickAt: number;
}

/**
 * The drawn part of a body (the list's, or a section's): its items, then its sub-sections,
 * with the rows left out standing as padding above and below.
 */
export function ChecklistBody(props: ChecklistBodyProps & { drawn: BodyWindow }) {
  const { rows, drawn, words, onSetStatus, onResetItem } = props;
  const items = rows.slice(drawn.items.from, drawn.items.to);
  return (
    <>
      {items.length > 0 ? (
        <ul class="ra-section__items">
          {items.map((row) =>
            row.kind === 'item' ? (
              <ChecklistItem
                key={row.key}
                entry={row.entry}
                words={words}
                row={row}
                onSetStatus={onSetStatus}
                onReset={onResetItem}
              />
            ) : null,
          )}
        </ul>
      ) : null}
      {drawn.sections.map((section) => (
        <ChecklistSection key={rows[section.row]!.key} {...props} drawn={section} />
      ))}
    </>
  );
}

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'] as const;

/**
 * A section: a heading that folds it (it sticks at the top, below the header and the heads of
 * the sections it is in, while the section scrolls under it), its count and bar, then its
 * drawn items and sub-sections.
 */
export function ChecklistSection(props: ChecklistBodyProps & { drawn: SectionWindow }) {
  const { rows, drawn, words, onToggle, onResetSection, headHeights, stickAt } = props;
  const row = rows[drawn.row]!;
  if (row.kind !== 'section') throw new Error(`row ${drawn.row} is not a section`);
  const { section, collapsed } = row;
  const Heading = HEADINGS[Math.min(section.depth, HEADINGS.length - 1)]!;
  const { done, skipped, total, started } = section.totals;
  const bodyId = `section-${section.key.replace(/\s+/g, '-')}`;
  const toggle = useRef<HTMLButtonElement>(null);
  // Once reset, the section has nothing left to reset: the focus goes back to its heading.
  const resetButton = useFocusFallback<HTMLButtonElement>(toggle);
  return (
    <section
      class="ra-section"
      data-depth={section.depth}
      data-section-key={section.key}
      data-row-key={row.key}
    >
      <div
        class="ra-section__head"
        style={{ top: `calc(var(${HEADER_HEIGHT_VARIABLE}, 0px) + ${stickAt}px)` }}
      >
        <Heading class="ra-section__heading">
          <button
            ref={toggle}
            type="button"
            class="ra-section__toggle"
            aria-expanded={!collapsed}
            aria-controls={bodyId}
            onClick={() => onToggle(section.key, !collapsed)}
          >
            <ChevronIcon />
            <span class="ra-section__title">
              <HighlightedText text={section.title} words={words} />
            </span>
          </button>
        </Heading>
        <span class="ra-section__count" aria-hidden="true">
          {done + skipped}/{total}
        </span>
        {started > 0 ? (
          <button
            ref={resetButton}
            type="button"
            class="ra-button ra-button--quiet ra-button--icon"
            aria-label={`Reset progress: ${section.title}`}
            title="Reset this section"
            onClick={() => onResetSection(section.key)}
          >
            <ResetIcon />
          </button>
        ) : null}
      </div>
      <ProgressBar value={done + skipped} max={total} label={`${section.title}: finished`} />
      <div
        id={bodyId}
        class="ra-section__body"
        hidden={collapsed}
        style={{ paddingTop: `${drawn.padTop}px`, paddingBottom: `${drawn.padBottom}px` }}
      >
        {collapsed ? null : (
          <ChecklistBody
            {...props}
            stickAt={stickAt + (headHeights.get(section.key) ?? HEAD_GUESS)}
          />
        )}
      </div>
    </section>
  );
}
