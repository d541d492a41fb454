/** The learner's preferences (options page). */
export interface Settings {
  /** A video counts as done once this share of it has been watched (0.5–1). */
  doneThreshold: number;
  /** Seek to the saved position as soon as a video opens without a `t=`. */
  autoResume: boolean;
  /** The curriculum the popup and side panel show. */
  activeCurriculumId: string;
}

export const DEFAULT_SETTINGS: Settings = {
  doneThreshold: 0.9,
  autoResume: false,
  activeCurriculumId: 'dmls-bookclub',
};

/** Keeps a stored threshold within the range the options page offers. */
export function clampDoneThreshold(value: unknown): number {
  const n =
    typeof value === 'number' && Number.isFinite(value) ? value : DEFAULT_SETTINGS.doneThreshold;
  return Math.min(1, Math.max(0.5, n));
}
