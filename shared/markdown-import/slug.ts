/**
 * A lower-case slug of ASCII letters, digits and dashes: accents are folded (`é` → `e`), every
 * other run of characters becomes one dash, and the result is cut at a dash to at most `max`
 * characters. Empty when the text holds no letter or digit it can keep.
 */
export function slug(text: string, max = 48): string {
  // Printable ASCII is its own NFKD form, with no marks to drop.
  const folded = (
    NOT_PRINTABLE_ASCII.test(text) ? text.normalize('NFKD').replace(/\p{M}/gu, '') : text
  )
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > max / 2 ? cut.slice(0, lastDash) : cut.slice(0, max)).replace(/-+$/, '');
}

/** Anything but printable ASCII: what NFKD may change. */
const NOT_PRINTABLE_ASCII = /[^ -~]/;
