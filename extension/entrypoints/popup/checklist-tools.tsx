import type { ChecklistSection } from '../../lib/checklist-model';
import { SectionJumpMenu } from './section-jump-menu';

export interface ChecklistToolsProps {
  /** The sections shown now (those the filter lets through), depth first. */
  sections: readonly ChecklistSection[];
  /** While a filter is set every section is open: folding them all is off. */
  filtering: boolean;
  onFoldAll(collapsed: boolean): void;
  onJump(sectionKey: string): void;
  /** What the last of these did, announced politely ("All 50 sections collapsed"). */
  announcement: string;
}

/** Collapse all, expand all, and jump to a section: for finding one's way in a long list. */
export function ChecklistTools(props: ChecklistToolsProps) {
  const { sections, filtering, onFoldAll, onJump, announcement } = props;
  return (
    <div class="popup__tools">
      <button
        type="button"
        class="ra-button ra-button--quiet popup__tool"
        disabled={filtering}
        title={filtering ? 'Clear the filter to fold sections' : undefined}
        onClick={() => onFoldAll(true)}
      >
        Collapse all
      </button>
      <button
        type="button"
        class="ra-button ra-button--quiet popup__tool"
        disabled={filtering}
        title={filtering ? 'Clear the filter to fold sections' : undefined}
        onClick={() => onFoldAll(false)}
      >
        Expand all
      </button>
      <SectionJumpMenu sections={sections} onJump={onJump} />
      <p class="ra-visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
