/** Whether a title says anything: it holds a letter or a digit (`|`, `·` or `→` alone do not). */
export function readable(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Separators and openers an entry's text may end with before its links: `|`, `:`, `-`, `(`… */
const TRAILING_SEPARATORS = /[\s|·•◦,;:.\-–—/([]+$/u;
/** Brackets around a whole link text: `(Demo)`, `[Video]`. */
const WRAPPED = /^[([](.*)[)\]]$/su;

/**
 * What an entry holding several links is called: its text before the first link
 * (`Data Quality at Airbnb [Part 1](…) | [Part 2](…)` → "Data Quality at Airbnb"), without the
 * separators that lead into the links; when the entry opens with its first link, that link's
 * text (`[Flyte](…) - platform - [(Demo)](…)` → "Flyte").
 */
export function entryLead(text: string, firstLinkTitle: string): string {
  const at = text.indexOf(firstLinkTitle);
  const before = at > 0 ? text.slice(0, at).replace(TRAILING_SEPARATORS, '') : '';
  return readable(before) ? before : firstLinkTitle;
}

/**
 * The title of one of an entry's several links, so that it reads on its own in a checklist:
 * the link's text when it already names the entry (it starts with the lead: the entry's main
 * link), else "lead — link text" (`Data Quality at Airbnb — Part 2`, `Flyte — Demo`); just the
 * lead when the link's text says nothing (`→`). A lead that is a bare URL (the first link had no
 * text, as a badge without alt text) names nothing: each link then keeps its own text.
 */
export function titleInEntry(lead: string, linkTitle: string): string {
  const own = linkTitle.replace(WRAPPED, '$1').trim();
  if (!readable(own)) return lead;
  if (!readable(lead) || /^https?:\/\//i.test(lead)) return linkTitle;
  if (own.toLowerCase().startsWith(lead.toLowerCase())) return linkTitle;
  return `${lead} — ${own}`;
}
