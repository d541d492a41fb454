import { useRef, useState } from 'preact/hooks';
import { ChevronIcon } from '../../components/icons';
import type { ChecklistSection } from '../../lib/checklist-model';

export interface SectionJumpMenuProps {
  /** Every section that can be jumped to, depth first. */
  sections: readonly ChecklistSection[];
  onJump(sectionKey: string): void;
}

/**
 * "Jump to section": a button that shows every section's title as a button; choosing one
 * closes the list and moves the view and the focus to that section. Escape closes the list
 * and returns the focus to the button. (A disclosure, not a `<select>`: moving through a
 * select's options with the arrow keys would jump at each step.)
 */
export function SectionJumpMenu({ sections, onJump }: SectionJumpMenuProps) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    <div class="popup__jump">
      <button
        ref={opener}
        type="button"
        class="ra-button ra-button--quiet popup__tool"
        aria-expanded={open}
        aria-controls="section-jump-list"
        onClick={() => setOpen(!open)}
      >
        Jump to section
        <ChevronIcon />
      </button>
      <ul
        id="section-jump-list"
        class="popup__jump-list"
        aria-label="Sections"
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            close();
          }
        }}
      >
        {open
          ? sections.map((section) => (
              <li key={section.key} data-depth={section.depth}>
                <button
                  type="button"
                  class="popup__jump-target"
                  onClick={() => {
                    setOpen(false);
                    onJump(section.key);
                  }}
                >
                  {section.title}
                </button>
              </li>
            ))
          : null}
      </ul>
    </div>
  );
}
