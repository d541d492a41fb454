/**
 * A name for this browser in the device list, made from what its user agent already says (the
 * browser and the system) and a word picked at random, so two browsers of the same kind on the
 * same system still read differently: "Chromium on Linux · Heron", "Firefox on Windows · Maple".
 * Nothing is measured about the machine: the word is random, not derived from it.
 */

/** What `navigator` tells: the user agent string, and on Chromium the low-entropy brand list. */
export interface BrowserIdentity {
  userAgent: string;
  brands?: readonly { brand: string }[];
}

/** Short, distinct, easy to say words, one picked per browser. */
// biome-ignore format: a table of words reads best as a table
export const NAME_WORDS = [
  'Aspen', 'Birch', 'Cedar', 'Clover', 'Comet', 'Coral', 'Delta', 'Ember',
  'Fern', 'Finch', 'Fjord', 'Harbor', 'Hazel', 'Heron', 'Iris', 'Juniper',
  'Kestrel', 'Lark', 'Linden', 'Lotus', 'Maple', 'Meadow', 'Orchid', 'Otter',
  'Pebble', 'Quartz', 'Raven', 'Sage', 'Sparrow', 'Tide', 'Willow', 'Wren',
] as const;

/** Chromium brands by what they are called; "Chromium" alone is Chromium itself. */
const BRANDS: [brand: string, name: string][] = [
  ['Google Chrome', 'Chrome'],
  ['Microsoft Edge', 'Edge'],
  ['Brave', 'Brave'],
  ['Opera', 'Opera'],
  ['Vivaldi', 'Vivaldi'],
  ['Chromium', 'Chromium'],
];

/** "Firefox", "Chrome", "Chromium", "Edge"…, or "Browser" when nothing is recognised. */
export function browserName({ userAgent, brands = [] }: BrowserIdentity): string {
  const listed = new Set(brands.map((b) => b.brand));
  const brand = BRANDS.find(([b]) => listed.has(b));
  if (brand) return brand[1];
  if (/Firefox\//.test(userAgent)) return 'Firefox';
  if (/Edg\//.test(userAgent)) return 'Edge';
  if (/OPR\//.test(userAgent)) return 'Opera';
  if (/Chrome\//.test(userAgent)) return 'Chrome';
  if (/Safari\//.test(userAgent)) return 'Safari';
  return 'Browser';
}

/** "Android", "iOS", "ChromeOS", "Windows", "macOS", "Linux", or null. */
export function systemName(userAgent: string): string | null {
  if (/Android/.test(userAgent)) return 'Android';
  if (/iPhone|iPad|iPod/.test(userAgent)) return 'iOS';
  if (/CrOS/.test(userAgent)) return 'ChromeOS';
  if (/Windows/.test(userAgent)) return 'Windows';
  if (/Mac OS X|Macintosh/.test(userAgent)) return 'macOS';
  if (/Linux/.test(userAgent)) return 'Linux';
  return null;
}

function currentIdentity(): BrowserIdentity {
  const data = (navigator as Navigator & { userAgentData?: { brands?: { brand: string }[] } })
    .userAgentData;
  return { userAgent: navigator.userAgent, brands: data?.brands ?? [] };
}

/** The name offered when this browser joins sync; `random` (0..1) picks the word. */
export function defaultDeviceName(
  identity: BrowserIdentity = currentIdentity(),
  random: () => number = Math.random,
): string {
  const system = systemName(identity.userAgent);
  const word = NAME_WORDS[Math.floor(random() * NAME_WORDS.length) % NAME_WORDS.length];
  return `${browserName(identity)}${system ? ` on ${system}` : ''} · ${word}`;
}

/**
 * `name`, or `name (2)`, `name (3)`… when another device of the account already has it
 * (compared without regard to case or surrounding spaces): a rename prompt's suggestion.
 */
export function distinctDeviceName(name: string, taken: readonly string[]): string {
  const fold = (n: string) => n.trim().toLocaleLowerCase();
  const names = new Set(taken.map(fold));
  if (!names.has(fold(name))) return name.trim();
  let n = 2;
  while (names.has(fold(`${name.trim()} (${n})`))) n++;
  return `${name.trim()} (${n})`;
}
