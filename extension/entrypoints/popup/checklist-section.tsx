import type { ProgressStatus } from '../../../shared/resource-progress';
import { ChecklistItem } from '../../components/checklist-item';
import { ChevronIcon, ResetIcon } from '../../components/icons';
import { ProgressBar } from '../../components/progress-bar';
import {
  type ChecklistEntry,
  type ChecklistSection as SectionModel,
  sectionResourceKeys,
} from '../../lib/checklist-model';

export interface ChecklistSectionProps {
  section: SectionModel;
  isCollapsed(sectionKey: string, depth: number): boolean;
  onToggle(sectionKey: string, collapsed: boolean): void;
  onSetStatus(resourceKey: string, status: ProgressStatus): void;
  onResetItem(entry: ChecklistEntry): void;
  onResetSection(section: SectionModel, resourceKeys: string[]): void;
}

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'] as const;

/** A section: a heading that folds it, its count and bar, then its items and sub-sections. */
export function ChecklistSection(props: ChecklistSectionProps) {
  const { section, isCollapsed, onToggle, onSetStatus, onResetItem, onResetSection } = props;
  const collapsed = isCollapsed(section.key, section.depth);
  const Heading = HEADINGS[Math.min(section.depth, HEADINGS.length - 1)]!;
  const { done, skipped, total, started } = section.totals;
  const bodyId = `section-${section.key.replace(/\s+/g, '-')}`;
  return (
    <section class="ra-section" data-depth={section.depth} data-section-key={section.key}>
      <div class="ra-section__head">
        <Heading class="ra-section__heading">
          <button
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
            type="button"
            class="ra-button ra-button--quiet ra-button--icon"
            aria-label={`Reset progress: ${section.title}`}
            title="Reset this section"
            onClick={() => onResetSection(section, sectionResourceKeys(section))}
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
              <ul class="ra-section__items">
                {section.entries.map((entry) => (
                  <ChecklistItem
                    key={entry.item.id}
                    entry={entry}
                    onSetStatus={onSetStatus}
                    onReset={onResetItem}
                  />
                ))}
              </ul>
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
