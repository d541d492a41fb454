/**
 * A short hash that is the same in every runtime and every release: 32-bit FNV-1a over the
 * UTF-8 bytes of the text, as 8 lower-case hex digits. Not for security; for telling apart
 * keys that had to be cut short.
 */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  const bytes = new TextEncoder().encode(text);
  // An indexed loop: a third of the time of for…of over the bytes (a 200 KB curriculum is
  // hashed each time a page reads it back).
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i]!;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
