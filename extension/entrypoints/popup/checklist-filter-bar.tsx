export interface ChecklistFilterBarProps {
  text: string;
  onText(text: string): void;
  onlyUnfinished: boolean;
  onOnlyUnfinished(value: boolean): void;
  /** How many items the filter lets through, or null when no filter is set. */
  matchCount: number | null;
}

/** Filter by words and by state; the number of matches is announced politely. */
export function ChecklistFilterBar({
  text,
  onText,
  onlyUnfinished,
  onOnlyUnfinished,
  matchCount,
}: ChecklistFilterBarProps) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: Preact's JSX types have no <search> element yet
    <div class="popup__filter" role="search" aria-label="Filter the checklist">
      <input
        type="search"
        class="ra-input popup__filter-text"
        placeholder="Filter items…"
        aria-label="Filter items by words"
        value={text}
        onInput={(event) => onText(event.currentTarget.value)}
      />
      <label class="popup__filter-unfinished">
        <input
          type="checkbox"
          class="ra-checkbox"
          checked={onlyUnfinished}
          onChange={(event) => onOnlyUnfinished(event.currentTarget.checked)}
        />
        Only unfinished
      </label>
      <p class="ra-visually-hidden" role="status">
        {matchCount === null
          ? ''
          : `${matchCount} ${matchCount === 1 ? 'item matches' : 'items match'}`}
      </p>
    </div>
  );
}
