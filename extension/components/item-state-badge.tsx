import type { ItemState } from '../../shared/item-state';
import './theme.css';
import './item-state-badge.css';

/** The words for a state: "Not started", "Opened", "Watching 42%", "Done", "Skipped". */
export function itemStateLabel(state: ItemState): string {
  switch (state.kind) {
    case 'not-started':
      return 'Not started';
    case 'opened':
      return 'Opened';
    case 'watching':
      return `Watching ${state.percent}%`;
    case 'done':
      return 'Done';
    case 'skipped':
      return 'Skipped';
  }
}

/** An item's state at a glance: a coloured pill with its words (colour is never the only cue). */
export function ItemStateBadge({ state }: { state: ItemState }) {
  return (
    <span class={`ra-state ra-state--${state.kind}`} data-state={state.kind}>
      {itemStateLabel(state)}
    </span>
  );
}
