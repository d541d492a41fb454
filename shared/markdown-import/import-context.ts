/** What every part of one import shares. */
export interface ImportContext {
  /** Absolute http(s) URL relative links resolve against. */
  base: string | undefined;
  /** Read each line of a plain paragraph as an entry (see `items-from-plain-lines.ts`). */
  plainLines: boolean;
}

/** One list or table: duplicate links inside it collapse to the first. */
export interface ListScope {
  seen: Set<string>;
}
