/** Text that is an absolute http(s) URL, parsed; anything else (other schemes, no scheme) → null. */
export function parseHttpUrl(text: string): URL | null {
  const trimmed = text.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    return new URL(trimmed);
  } catch {
    return null;
  }
}
