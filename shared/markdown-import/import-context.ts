/** What every part of one import shares. */
export interface ImportContext {
  /** Absolute http(s) URL relative links resolve against. */
  base: string | undefined;
  /** Read each line of a plain paragraph as an entry (see `items-from-plain-lines.ts`). */
  plainLines: boolean;
  /**
   * Each link's resource key by its URL, computed once per import where the link is read
   * (`entryLinks`) and handed on: the duplicate check, then the items' keys (`assignIds`).
   */
  keys: Map<string, string>;
}

/** One list or table: duplicate links inside it collapse to the first. */
export interface ListScope {
  seen: Set<string>;
}
