import { useRef } from 'preact/hooks';
import type { ProgressStatus } from '../../../shared/resource-progress';
import { ChecklistItemList } from '../../components/checklist-item-list';
import { ChevronIcon, ResetIcon } from '../../components/icons';
import { ProgressBar } from '../../components/progress-bar';
import type { ChecklistEntry, ChecklistSection as SectionModel } from '../../lib/checklist-model';
import { useFocusFallback } from '../../lib/use-focus-fallback';

export interface ChecklistSectionProps {
  section: SectionModel;
  isCollapsed(sectionKey: string, depth: number): boolean;
  onToggle(sectionKey: string, collapsed: boolean): void;
  onSetStatus(resourceKey: string, status: ProgressStatus): void;
  onResetItem(entry: ChecklistEntry): void;
  /** Asks to reset the whole section with this key (the caller confirms first). */
  onResetSection(sectionKey: string): void;
}

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'] as const;

/** A section: a heading that folds it, its count and bar, then its items and sub-sections. */
export function ChecklistSection(props: ChecklistSectionProps) {
  const { section, isCollapsed, onToggle, onSetStatus, onResetItem, onResetSection } = props;
  const collapsed = isCollapsed(section.key, section.depth);
  const Heading = HEADINGS[Math.min(section.depth, HEADINGS.length - 1)]!;
  const { done, skipped, total, started } = section.totals;
  const bodyId = `section-${section.key.replace(/\s+/g, '-')}`;
  const toggle = useRef<HTMLButtonElement>(null);
  // Once reset, the section has nothing left to reset: the focus goes back to its heading.
  const resetButton = useFocusFallback<HTMLButtonElement>(toggle);
  return (
    <section class="ra-section" data-depth={section.depth} data-section-key={section.key}>
      <div class="ra-section__head">
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
            <span class="ra-section__title">{section.title}</span>
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
      <div id={bodyId} class="ra-section__body" hidden={collapsed}>
        {collapsed ? null : (
          <>
            {section.entries.length > 0 ? (
              <ChecklistItemList
                class="ra-section__items"
                entries={section.entries}
                onSetStatus={onSetStatus}
                onReset={onResetItem}
              />
            ) : null}
            {section.sections.map((child) => (
              <ChecklistSection key={child.key} {...props} section={child} />
            ))}
          </>
        )}
      </div>
    </section>
  );
}
